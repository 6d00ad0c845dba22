/** Round 3 shapes from real reports, in invented sentences with fictional places and figures. */
import { extractFacts } from '@/lib/extract';
import { FRIDAY } from './helpers';

function dated(text: string, context = FRIDAY): string[] {
  return extractFacts(text, context).map((f) => `${f.metric} ${f.low} ${f.date} ${f.measure} ${f.periodStart ?? '-'}`);
}

describe('the day of the disaster told as an aside', () => {
  it('a toll "by the cyclone, which made landfall on 14 February" is a total as of the story day', () => {
    expect(
      dated('At least 120 people died and 300 were injured by Cyclone Marra, which made landfall on 14 February in Norvania.'),
    ).toEqual(['people_killed 120 2019-03-01 cumulative 2019-02-14', 'people_injured 300 2019-03-01 cumulative 2019-02-14']);
  });

  it('"Monday\'s earthquake" dates the quake, not the toll', () => {
    expect(dated("The toll from Monday's earthquake in Tilfa province has risen to 2,100 dead.")).toEqual([
      'people_killed 2100 2019-03-01 cumulative 2019-02-25',
    ]);
  });

  it("the start of a war named in one sentence does not date the next sentence's toll", () => {
    expect(
      dated(
        'The fighting between the army and the militia, which broke out on 3 February, has been severe. More than 200 people have been killed.',
      ),
    ).toEqual(['people_killed 200 2019-03-01 cumulative 2019-02-03']);
  });

  it('clashes dated in the clause of their figure still date it', () => {
    expect(dated('Clashes in Sorel on Wednesday displaced some 4,000 people.')).toEqual(['people_displaced 4000 2019-02-27 flow -']);
  });
});

function placed(text: string): string[] {
  return extractFacts(text, FRIDAY).map((f) => `${f.metric} ${f.low} ${f.location}`);
}

describe('the place of each figure', () => {
  it('a country followed by a verb is still a place ("the earthquake in Norvania left ...")', () => {
    expect(placed('The earthquake in Peru left at least 310 people dead.')).toEqual(['people_killed 310 Peru']);
  });

  it('each clause of a list names the site holding its figure', () => {
    expect(placed('Kessa camp hosts 5,100 refugees; Dervan has 2,400; Amara has 950.')).toEqual([
      'camp_population 5100 Kessa camp',
      'camp_population 2400 Dervan',
      'camp_population 950 Amara',
    ]);
  });

  it('an actor that "has donated" is not a site', () => {
    expect(placed('Frontline Medics has donated 30 trauma kits in Oudane.')).toEqual(['aid_delivered 30 Oudane']);
  });

  it('a camp that "houses" people', () => {
    expect(placed('Kessa camp houses about 1,600 refugees.')).toEqual(['camp_population 1600 Kessa camp']);
  });
});

describe('who speaks for a quoted figure', () => {
  it('the appositive before "told": \'..., Ana Weber, a spokeswoman for the UN humanitarian agency OCHA, told reporters\'', () => {
    const text =
      '"We counted 143 trucks at the Kessa crossing," Ana Weber, a spokeswoman for the UN humanitarian agency OCHA, told reporters.';
    expect(extractFacts(text, FRIDAY).map((f) => f.sourceOrg)).toEqual(['OCHA']);
  });

  it('a figure in an earlier sentence of a quotation is the speaker named after it closes', () => {
    const text =
      'Aid is moving.\n\n"As many as 1,052 refugees are sheltering in Tilfa camp. More arrive each day," the official of the Mirel district administration said.';
    expect(extractFacts(text, FRIDAY).map((f) => `${f.low} ${f.sourceOrg}`)).toEqual(['1052 Mirel district administration']);
  });

  it("a figure outside the quotation keeps the report's speaker", () => {
    const text = 'About 300 refugees crossed into Peru. "We are ready," the official of the Mirel district administration said.';
    expect(extractFacts(text, FRIDAY).map((f) => `${f.low} ${f.sourceOrg}`)).toEqual(['300 Test Wire']);
  });
});

describe('a country receiving people', () => {
  it('"has received N new refugees" counts arrivals, and "and B M" shares the verb with its own place', () => {
    expect(placed('Since Monday, Chad has received 848 new refugees and Niger 485.')).toEqual([
      'people_arrived 848 Chad',
      'people_arrived 485 Niger',
    ]);
  });

  it('people who "received" aid are still reached', () => {
    expect(placed('In Chad, 1,200 families received food parcels.').map((f) => f.split(' ')[0])).toEqual(['people_reached']);
  });
});
