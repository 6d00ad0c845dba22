import { extractFacts } from '@/lib/extract';
import { FactInputSchema } from '@/lib/validation/fact';
import { summary } from './helpers';

const context = { published: '2019-03-01', publisher: 'Test Wire' };

describe('inputs that must not crash', () => {
  it('empty text, text with no figures, and only numbers', () => {
    expect(extractFacts('', context)).toEqual([]);
    expect(extractFacts('   \n\n  ', context)).toEqual([]);
    expect(extractFacts('The situation remains tense and aid agencies are worried.', context)).toEqual([]);
    expect(() => extractFacts('1 2 3 4,000 5.5 6-7 8/9 10:30 2019-03-01 1e9 99999999999999999999', context)).not.toThrow();
  });

  it('5 MB of text, with every fact valid and its excerpt in place', () => {
    const paragraph = 'About 2,000 people fled Dervan on Wednesday, the Northern Relief Network said. ';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const facts = extractFacts(text, context);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(text.slice(fact.start, fact.end)).toBe(fact.excerpt);
      expect(FactInputSchema.safeParse(fact).success).toBe(true);
    }
  }, 120_000);

  it('one 5 MB line without punctuation keeps excerpts short enough to review', () => {
    const text = 'word 12 '.repeat(700_000);
    expect(() => extractFacts(text, context)).not.toThrow();
  }, 120_000);

  it('HTML', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><p>About 300 people fled&nbsp;Dervan.</p><br><div>12 trucks arrived.</div><script>var x = 5000;</script></body></html>';
    const facts = extractFacts(html, context);
    expect(facts.map((f) => `${f.metric} ${f.low}`)).toEqual(['people_displaced 300', 'trucks 12']);
    for (const fact of facts) expect(html.slice(fact.start, fact.end)).toBe(fact.excerpt);
  });

  it('non-breaking spaces, Arabic-Indic digits and curly quotes', () => {
    expect(summary('About 1\u00a0200 people fled.')).toEqual(['people_displaced 1200-1200 approx people']);
    expect(summary('About \u0663\u0660\u0660 people fled.')).toEqual(['people_displaced 300-300 approx people']);
    expect(summary('“About 300 people fled,” the IRC said.')).toEqual(['people_displaced 300-300 approx people']);
    expect(extractFacts('“About 300 people fled,” the IRC said.', context)[0].sourceOrg).toBe('International Rescue Committee');
  });

  it('emoji and other scripts', () => {
    expect(() => extractFacts('🚚 ١٢ شاحنة 15 trucks 🙏 left. 中文 3000人', context)).not.toThrow();
  });
});
