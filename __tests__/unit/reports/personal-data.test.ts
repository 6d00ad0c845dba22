import { findPersonalData } from '@/lib/reports/personal-data';

function kinds(text: string) {
  return findPersonalData(text).map((finding) => [finding.kind, finding.text]);
}

describe('findPersonalData', () => {
  it('finds e-mail addresses and international phone numbers', () => {
    expect(kinds('Write to field.team@northwind-relief.example or call +999 912 345 678.')).toEqual([
      ['email', 'field.team@northwind-relief.example'],
      ['phone', '+999 912 345 678'],
    ]);
  });

  it('ties a name to the phone number written next to it', () => {
    expect(kinds('The camp manager, Mariam Okonjo, can be reached on 0912 345 678 for access.')).toEqual([
      ['name-with-phone', 'Mariam Okonjo, can be reached on 0912 345 678'],
    ]);
  });

  it('finds labelled and coded ID numbers', () => {
    expect(kinds('Registered under case no. ABC-1234567; passport X98765432 was seen.')).toEqual([
      ['id-number', 'ABC-1234567'],
      ['id-number', 'X98765432'],
    ]);
  });

  it('does not flag figures, ranges, years or dates', () => {
    const report =
      'On 2019-03-01, 1,200,000 people; between 2,000 and 3,000 arrived in 2019. ID cards were handed out to 4,500 families. Some 12 000 000 tonnes.';
    expect(findPersonalData(report)).toEqual([]);
  });
});
