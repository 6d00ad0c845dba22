import { describeFigure, parseFigureText } from '@/lib/validation/figure-text';

function read(text: string) {
  const result = parseFigureText(text);
  return result.ok ? result.reading : { error: result.message };
}

describe('parseFigureText', () => {
  it.each([
    ['15', 15, 15, 'exact'],
    ['2,000', 2000, 2000, 'exact'],
    ['2 000', 2000, 2000, 'exact'],
    ['about 2,000', 2000, 2000, 'approx'],
    ['Around 300', 300, 300, 'approx'],
    ['nearly 1.2 million', 1_200_000, 1_200_000, 'approx'],
    ['2,000-3,000', 2000, 3000, 'range'],
    ['2,000 – 3,000', 2000, 3000, 'range'],
    ['2,000 to 3,000', 2000, 3000, 'range'],
    ['between 40 and 60', 40, 60, 'range'],
    ['1.2-1.5 million', 1_200_000, 1_500_000, 'range'],
    ['more than 500', 500, 500, 'min'],
    ['at least 70', 70, 70, 'min'],
    ['more than a dozen', 12, 12, 'min'],
    ['up to 40', 40, 40, 'max'],
    ['fewer than 10', 10, 10, 'max'],
    ['dozens', 24, 99, 'vague'],
    ['tens of thousands', 20_000, 99_999, 'vague'],
    ['12k', 12_000, 12_000, 'exact'],
    ['two dozen', 24, 24, 'exact'],
    ['0', 0, 0, 'exact'],
  ])('reads %s', (text, low, high, qualifier) => {
    expect(read(text)).toEqual({ low, high, qualifier });
  });

  it.each([
    ['', /Enter the figure/],
    ['-5', /negative/],
    ['3,000-2,000', /smaller one/],
    ['lots', /Write a number/],
    ['=HYPERLINK("http://x","y")', /Write a number/],
    ['<script>alert(1)</script>', /Write a number/],
    ['1'.repeat(500), /too long/],
    ['2,00', /Write a number/],
  ])('explains what is wrong with %s', (text, message) => {
    expect(read(text)).toEqual({ error: expect.stringMatching(message) });
  });
});

describe('describeFigure', () => {
  it.each(['2,000', 'about 2,000', '2,000-3,000', 'at least 500', 'up to 40', 'dozens', '1.25'])('round-trips %s', (text) => {
    const first = parseFigureText(text);
    if (!first.ok) throw new Error(first.message);
    expect(parseFigureText(describeFigure(first.reading))).toEqual(first);
  });
});
