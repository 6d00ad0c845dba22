import { extractFacts, resolveOrganizationName } from '@/lib/extract';
import { only } from './helpers';

const context = { published: '2019-03-01', publisher: 'Test Wire' };

describe('the place a figure is about', () => {
  it.each([
    ['About 300 people fled out of Baghouz.', 'Baghouz'],
    ['The evacuees are sent to the al-Hol camp. About 300 people arrived at the camp.', 'al-Hol camp'],
    ['At least 12 people were killed in Idlib province.', 'Idlib province'],
    ['Some 900 people fled the riverside hamlet of Baghouz.', 'Baghouz'],
    ['In Mirel, about 2,000 people are sheltering in schools.', 'Mirel'],
    ['About 300 refugees crossed into Chad on Monday.', 'Chad'],
  ])('%s', (text, place) => {
    const facts = extractFacts(text, context);
    expect(facts[facts.length - 1].location).toBe(place);
  });

  it('falls back to the place the report is about, or "Unspecified"', () => {
    expect(only('DERVAN, Karvia (Meridian Wire) - About 300 people fled.', context).location).toBe('Dervan');
    expect(only('About 300 people fled.', context).location).toBe('Unspecified');
  });
});

describe('who states the figure', () => {
  it.each([
    ['The International Rescue Committee said about 300 people fled.', 'International Rescue Committee'],
    ['About 300 people fled, according to UNHCR.', 'UNHCR'],
    ['About 300 people fled, according to the UN refugee agency.', 'UNHCR'],
    ['About 300 people fled, said Jens Laerke, a spokesman for OCHA.', 'OCHA'],
    ['A spokesman for the SDF said 300 people fled.', 'SDF'],
    ['WFP delivered 300 tonnes of food.', 'World Food Programme'],
    ['The Northern Relief Network (NRN) is active. About 300 people fled, the NRN said.', 'Northern Relief Network'],
    ['About 300 people fled.', 'Test Wire'],
  ])('%s', (text, org) => {
    const facts = extractFacts(text, context);
    expect(facts[facts.length - 1].sourceOrg).toBe(org);
  });

  it('credits the wire agency of republished wire copy', () => {
    expect(only('BEIRUT (AFP) - About 300 people fled.', { published: '2019-03-01', publisher: 'Taipei Times' }).sourceOrg).toBe('AFP');
  });

  it('resolves names and acronyms to one organization', () => {
    expect(resolveOrganizationName('IRC')).toBe('International Rescue Committee');
    expect(resolveOrganizationName('the International Rescue Committee')).toBe('International Rescue Committee');
    expect(resolveOrganizationName('Doctors Without Borders')).toBe(resolveOrganizationName('MSF'));
    expect(resolveOrganizationName('  Unknown Relief Group ')).toBe('Unknown Relief Group');
    // an agency's own programme and its spelling variants are the agency
    expect(resolveOrganizationName('IOM DTM')).toBe('International Organization for Migration');
    expect(resolveOrganizationName('Palestinian Red Crescent Society')).toBe(resolveOrganizationName('PRCS'));
  });
});
