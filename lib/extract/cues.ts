/**
 * Words around a figure that say what it counts: "boarded trucks" -> people_departed,
 * "sleeping rough at the arrivals area" -> camp_population. A null metric marks figures that are
 * not facts by facts.md ("affected", "missing", "at risk", a town's resident population).
 */
import type { Metric } from '@/lib/facts/vocabulary';

export type Cue = { metric: Metric | null; pattern: string; needsCamp?: boolean; afterOnly?: boolean; beforeOnly?: boolean };

export const CUES: Cue[] = [
  { metric: 'people_killed', pattern: 'killed|killing|kills|killed off|dead|died|die|deaths?|death toll|lost their lives|shot dead|massacred|perished|drowned|fatalities|slain|executed|murdered|lives were lost|bodies' },
  { metric: 'people_injured', pattern: 'wounded|wounding|injured|injuring|injuries|hurt|maimed' },
  { metric: 'people_displaced', pattern: 'fled|fleeing|flee|flees|displaced|displacing|displacement|uprooted|forced (?:to flee|from their homes|out of their homes|to leave their homes)|driven (?:from|out of) their homes|sought (?:refuge|safety)|seeking (?:refuge|safety)|made homeless|left homeless|abandoned their homes|newly displaced' },
  { metric: 'people_departed', pattern: 'left|leaving|leave|departed|departing|departures?|evacuated|evacuating|evacuations?|boarded|boarding|rumbled out|pour(?:ing|ed)? out|stream(?:ing|ed)? out|walked out|trickled out|got out|made it out|bused out|bussed out|exited|exodus|escaped|moved out|pulled out|relocated|transported out|ferried out' },
  { metric: 'people_arrived', pattern: 'arrived|arriving|arrive|arrivals?|crossed|crossing into|entered|entering|registered|newly registered|were received|received at|transferred to|taken to|brought to|sent (?:on )?to|landed|disembarked|came to|came into|poured into|streamed into|pouring into|influx' },
  { metric: 'people_arrived', pattern: 'reached|reaching|made it to', afterOnly: true },
  { metric: 'camp_population', pattern: 'sleeping rough|sleeping in the open|camp population|population of the camp|hosts|hosting|hosted|housed|housing|accommodat(?:es|ing|ed)|residing' },
  { metric: 'camp_population', pattern: 'sheltering|sheltered|shelter in|staying|living in|live in|lives in|remain in|remaining in|are in|were in|home to|population of|populations of|crammed|packed into|crowded into|registered at|present in', needsCamp: true },
  { metric: 'people_trapped', pattern: 'trapped|besieged|cornered|stranded|encircled|holed up|under siege|cut off|still inside|remain(?:ing)? inside|remain(?:ing)? in|unable to leave|stuck|remain|remaining' },
  { metric: 'people_in_need', pattern: 'in need|in urgent need|in dire need|need|needs|needing|require|requiring|requires|lack access|lacking|face (?:acute|severe|emergency)|facing (?:acute|severe|emergency|hunger|famine|starvation)|food.insecure|malnourished|dependent on (?:aid|assistance)|depend on (?:aid|assistance)|rely on (?:aid|assistance)' },
  { metric: 'people_reached', pattern: 'received|receive|receiving|were reached|reached with|has reached|have reached|had reached|assisted|assisting|supported|helped|served|treated|provided (?:with|to|for)|provided|benefited|benefiting|benefitted|distributed to|vaccinated|immunized|immunised|fed' },
  { metric: 'people_reached', pattern: 'reached|reaching', beforeOnly: true },
  { metric: null, pattern: 'affected|impacted|missing|unaccounted for|at risk|at-risk|exposed|detained|arrested|abducted|kidnapped|recruited|infected|vulnerable|targeted' },
];

/** Delivery words: "tonnes" or "kits" without them ("200 tents were destroyed") are not aid delivered. */
export const AID_CUES = /\b(?:delivered|delivering|deliver(?:y|ies)|distributed|distributing|distribution|provided|providing|dispatched|sent|carried|carrying|brought|handed out|shipped|airlifted|airdropped|unloaded|trucked|loaded|received|arrived|crossed|entered|supplied|donated)\b/i;

/** Places where "living in", "sheltering", "remain in" describe a camp population, not a town's residents. */
export const CAMP_CONTEXT = /\b(?:camps?|sites?|settlements?|shelters?|centres?|centers?|tents|reception|transit|collective|schools|mosques|churches|arrivals? area)\b/i;

type CompiledCue = { regex: RegExp; cue: Cue };
export const COMPILED: CompiledCue[] = CUES.map((cue) => ({ regex: new RegExp(`\\b(?:${cue.pattern})\\b`, 'gi'), cue }));
