/**
 * Words around a figure that say what it counts: "boarded trucks" -> people_departed,
 * "sleeping rough at the arrivals area" -> camp_population. A null metric marks figures that are
 * not facts by facts.md ("affected", "missing", "at risk", a town's resident population).
 */
import type { Metric } from '@/lib/facts/vocabulary';

/** `reach`: how many words before the figure the cue may stand ("Total population across the camps stands at 48,310"). */
/** `weak`: a place phrase ("in the camp") rather than a verb; a verb as near as it says more. */
export type Cue = {
  metric: Metric | null;
  pattern: string;
  needsCamp?: boolean;
  afterOnly?: boolean;
  beforeOnly?: boolean;
  reach?: number;
  weak?: boolean;
};

export const CUES: Cue[] = [
  {
    metric: 'people_killed',
    pattern:
      'killed|killing|kills|killed off|dead|died|die|deaths?|death toll|lost their lives|shot dead|massacred|perished|drowned|fatalities|slain|executed|murdered|lives were lost|bodies',
  },
  { metric: 'people_injured', pattern: 'wounded|wounding|injured|injuring|injuries|hurt|maimed' },
  {
    metric: 'people_displaced',
    pattern:
      'homeless|evicted|expelled|lost their (?:homes|houses|shelters)|fled|fleeing|flee|flees|displaced|displacing|displacement|uprooted|forced (?:to flee|from their homes|out of their homes|to leave their homes)|driven (?:from|out of) their homes|sought (?:refuge|safety)|seeking (?:refuge|safety)|made homeless|left homeless|abandoned their homes|newly displaced',
  },
  { metric: 'people_departed', pattern: 'left|leaving|leave', afterOnly: true },
  {
    metric: 'people_departed',
    pattern:
      'departed|departing|departures?|evacuated|evacuating|boarded|boarding|rumbled out|pour(?:ing|ed)? out|stream(?:ing|ed)? out|walked out|trickled out|got out|made it out|bused out|bussed out|exited|exodus|escaped|moved out|pulled out|relocated|resettled|transported out|ferried out|moved|move|moving|transferred|transferring|transported|transporting|carried|carrying|shuttled|relocating|evacuations?',
  },
  {
    metric: 'people_arrived',
    pattern:
      'returned|returning|brought|arrived|arriving|arrive|arrivals?|crossed|crossing into|entered|entering|registered|newly registered|were received|received at|transferred to|taken to|brought to|sent (?:on )?to|landed|disembarked|came to|came into|poured into|streamed into|pouring into|influx',
  },
  { metric: 'people_arrived', pattern: 'reached|reaching|reach|made it to|crossed over', afterOnly: true },
  // "Talvenia has received 848 new refugees": a country or camp receiving people counts arrivals
  {
    metric: 'people_arrived',
    pattern:
      '(?:has|have|had) (?:now |already )?received(?= (?:about |some |over |nearly |almost |more than |at least )?[\\d,.]+ (?:new |more |additional )?(?:refugees|arrivals|asylum[- ]seekers|migrants|returnees)\\b)',
    beforeOnly: true,
  },
  { metric: 'camp_population', pattern: 'sleeping rough|sleeping in the open|camp population|population of the camp|are now in' },
  { metric: 'camp_population', pattern: 'in (?:[a-z-]+ ){0,2}(?:camps?|centres?|centers?|shelters|sites?|schools)', weak: true },
  {
    metric: 'camp_population',
    pattern:
      'sleeping (?:in|here|there|at|outside)|hosts|host|hosting|hosted|houses|housed|housing|accommodat(?:es|ing|ed)|residing|shelters|sheltering|sheltered|shelter in|staying|living in|live in|lives in|remain in|remaining in|are in|were in|home to|population of|populations of|crammed|packed into|crowded into|registered at|present in|still in',
    needsCamp: true,
  },
  { metric: 'camp_population', pattern: 'population', needsCamp: true, reach: 10 },
  {
    metric: 'people_trapped',
    pattern:
      'trapped|besieged|cornered|stranded|encircled|holed up|under siege|cut off|still inside|remain(?:ing)? (?:inside|in|behind)|unable to leave|stuck',
  },
  {
    metric: 'people_in_need',
    pattern:
      'in need|in urgent need|in dire need|need|needs|needing|require|requiring|requires|lack access|lacking|face (?:acute|severe|emergency)|facing (?:acute|severe|emergency|hunger|famine|starvation)|food.insecure|malnourished|without (?:[a-z-]+ ){0,2}(?:shelter|water|food|tents|access|assistance|homes?)|with (?:less than|no|little)|still waiting|dependent on (?:aid|assistance)|depend on (?:aid|assistance)|rely on (?:aid|assistance)',
  },
  {
    metric: 'people_reached',
    pattern:
      '(?:people|persons|individuals|children|beneficiaries) (?:reached|assisted|supported|served)|received|receive|receiving|were reached|reached with|treating|enrolled|screened|assisted|assisting|supported|helped|served|treated|provided (?:with|to|for)|provided|benefited|benefiting|benefitted|distributed to|vaccinated|immunized|immunised|fed|rescued|were rescued',
  },
  {
    metric: 'people_reached',
    pattern:
      'reached|reaching|supply|supplied|rescued|pulled|admitted|(?:had |has |have )?seen|(?:distributed|distributing|provided|providing|delivered|delivering|gave|giving|brought|bringing) (?:[a-z-]+ ){0,4}to',
    beforeOnly: true,
  },
  {
    metric: null,
    pattern:
      'affected|impacted|missing|unaccounted for|at risk|at-risk|exposed|detained|arrested|abducted|kidnapped|recruited|infected|vulnerable|targeted',
  },
];

/** Delivery words: "tonnes" or "kits" without them ("200 tents were destroyed") are not aid delivered. */
export const AID_CUES =
  /\b(?:delivered|delivering|deliver(?:y|ies)|landed|served|serving|pitched|replaced|installed|distributed|distributing|distribution|provided|providing|dispatched|sent|carried|carrying|brought|handed out|shipped|airlifted|airdropped|unloaded|trucked|loaded|received|arrived|crossed|entered|supplied|donated)\b/i;

/** Places where "living in", "sheltering", "remain in" describe a camp population, not a town's residents. */
export const CAMP_CONTEXT =
  /\b(?:camps?|sites?|settlements?|shelters?|centres?|centers?|tents|reception|transit|collective|schools|mosques|churches|arrivals? area)\b/i;

type CompiledCue = { regex: RegExp; cue: Cue };
export const COMPILED: CompiledCue[] = CUES.map((cue) => ({ regex: new RegExp(`\\b(?:${cue.pattern})\\b`, 'gi'), cue }));
