/** Words that tell a place from other capitalized names. */

export const COUNTRIES = new Set(
  `Afghanistan|Algeria|Angola|Argentina|Armenia|Azerbaijan|Bangladesh|Belarus|Benin|Bolivia|
Brazil|Burkina Faso|Burundi|Cameroon|Central African Republic|Chad|Chile|China|Colombia|Costa Rica|Cuba|Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC|Congo|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Ethiopia|Fiji|France|Gaza|Gaza Strip|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Haiti|Honduras|Hungary|India|Indonesia|Iran|Iraq|Israel|Italy|Japan|Jordan|Kenya|Kuwait|Lebanon|Libya|Madagascar|Malawi|Malaysia|Mali|Mauritania|Mexico|Moldova|Morocco|Mozambique|Myanmar|Nepal|Nicaragua|Niger|Nigeria|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Peru|Philippines|Poland|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Sierra Leone|Somalia|South Africa|South Sudan|Spain|Sri Lanka|Sudan|Syria|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Türkiye|Uganda|Ukraine|United States|US|USA|UK|United Kingdom|Uzbekistan|Vanuatu|Venezuela|West Bank|Yemen|Zambia|Zimbabwe`
    .split('|')
    .map((name) => name.trim()),
);

/** Nouns that make a capitalized name a place: "Idlib province", "al-Hol camp", "Gaza City". */
export const GEO_NOUNS = new Set(
  `camp camps province governorate district region state city town village county municipality
crossing strip valley river island islands mountains site sites settlement settlements subdistrict sub-district prefecture
department division zone locality neighbourhood neighborhood quarter enclave oblast commune hamlet suburb suburbs
outskirts area areas centre center point border capital plain plains coast peninsula lake woreda kebele parish plateau
corridor highlands lowlands basin delta countryside belt hub`.split(/\s+/),
);

/** A place whose name is followed by a lowercase word from this list is still a place ("in Gaza on Monday"). */
export const CLOSED_CLASS = new Set(
  `on in at and or since last this after before where which who as with to from by over during
for the a said says according were was have has had is are being but while when amid despite into near earlier yesterday
today late early alone itself until through because following under between across toward towards via bringing taking
alone also had hosting further north south east west northern southern eastern western that than since where whose
told reported itself ever even only again now there here overnight while require requires need needs remain remains
face faces continue continues say says live lives host hosts houses holds shelters`.split(/\s+/),
);

export const DIRECTIONS = new Set(
  `northern southern eastern western central north-eastern northeastern north-western
northwestern south-eastern southeastern south-western southwestern northeast northwest southeast southwest north south
east west upper lower greater`.split(/\s+/),
);

export const NOT_PLACES = new Set(
  `January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Islamic State God Mr Mrs Ms Dr President Minister The He She It They
We I Koran Quran Christmas Ramadan Eid English Arabic French Covid COVID-19 Covid-19 Internet Facebook Twitter X Telegram
Numbers Highlights Overview Summary Response Access Border Needs Update Updates Figures Funding Context Background
Situation Key Food Health Shelter Protection Education Nutrition WASH Logistics Coordination Incidents Departures
Arrivals Population Distributions Casualties Security Operational Next Existing Most Many Some All Other Several Local
Further Additional Remaining Current Previous Recent Both Each Every Such These Those This That Their Our Its
Humanitarian Partners Mobile Teams Aid Authorities Officials Separately Meanwhile Another Only Since Following
Applying Overall Total`.split(/\s+/),
);

/** Facilities named after a place: "the Santo Areno hospital" is about Santo Areno. */
export const FACILITIES = new Set(
  'hospital hospitals clinic clinics port airport market school schools bridge road mosque church'.split(' '),
);
/** Words between a name and a place noun: "Amara reception point", "Kessa transit centre". */
export const SITE_WORDS = new Set(
  'reception transit registration collective evacuation displacement refugee idp extension distribution screening logistics border'.split(
    ' ',
  ),
);
/** First words that make a name a place on their own: "Port Hallam", "Tel Harun", "Wadi Siran". */
export const PLACE_PREFIXES = new Set(
  'Port Lake Cape Mount Fort Tel Wadi Beit Deir Qaryat Kafr Ras Bir Ain Jabal Jebel Old New San Santo Santa Saint St'.split(' '),
);

export const JOINERS = new Set([
  'of',
  'de',
  'del',
  'do',
  'da',
  'al',
  'el',
  'ez',
  'es',
  'ad',
  'ar',
  'as',
  'bin',
  'la',
  'le',
  'du',
  'des',
  'the',
]);
export const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'into',
  'near',
  'across',
  'towards',
  'toward',
  'inside',
  'outside',
  'within',
  'throughout',
  'around',
  'off',
  'reaching',
  'reached',
  'reach',
  'entered',
  'crossed',
  'fled',
  'leaving',
  'left',
  'through',
  'via',
]);
