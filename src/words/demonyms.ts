// Demonyms and country adjectives → ISO 3166-1 alpha-2. They are not places ("Syrian rebels"),
// but they tell which country a report is about. Facts, written by us.
import { wordTable } from './wordTable.ts';
const DEMONYMS: Record<string, string> = wordTable({
  syrian: 'SY', syrians: 'SY', iranian: 'IR', iranians: 'IR', persian: 'IR', russian: 'RU', russians: 'RU',
  turkish: 'TR', turk: 'TR', turks: 'TR', lebanese: 'LB', israeli: 'IL', israelis: 'IL', iraqi: 'IQ',
  iraqis: 'IQ', jordanian: 'JO', jordanians: 'JO', saudi: 'SA', saudis: 'SA', egyptian: 'EG', egyptians: 'EG',
  palestinian: 'PS', palestinians: 'PS', qatari: 'QA', emirati: 'AE', kuwaiti: 'KW', bahraini: 'BH',
  omani: 'OM', yemeni: 'YE', yemenis: 'YE', libyan: 'LY', libyans: 'LY', tunisian: 'TN', algerian: 'DZ',
  moroccan: 'MA', sudanese: 'SD', afghan: 'AF', afghans: 'AF', pakistani: 'PK', indian: 'IN', chinese: 'CN',
  american: 'US', americans: 'US', british: 'GB', briton: 'GB', britons: 'GB', french: 'FR', german: 'DE',
  germans: 'DE', italian: 'IT', spanish: 'ES', dutch: 'NL', belgian: 'BE', swiss: 'CH', austrian: 'AT',
  greek: 'GR', cypriot: 'CY', armenian: 'AM', azerbaijani: 'AZ', georgian: 'GE', ukrainian: 'UA',
  ukrainians: 'UA', polish: 'PL', swedish: 'SE', norwegian: 'NO', danish: 'DK', finnish: 'FI',
  canadian: 'CA', australian: 'AU', japanese: 'JP', korean: 'KR', 'south korean': 'KR', 'north korean': 'KP',
  belarusian: 'BY', kazakh: 'KZ', uzbek: 'UZ', hungarian: 'HU', romanian: 'RO', bulgarian: 'BG',
  serbian: 'RS', venezuelan: 'VE', brazilian: 'BR', mexican: 'MX', cuban: 'CU', somali: 'SO',
  ethiopian: 'ET', eritrean: 'ER', nigerian: 'NG', kenyan: 'KE', malian: 'ML', chadian: 'TD',
  congolese: 'CD', rwandan: 'RW', rwandans: 'RW', burundian: 'BI', ugandan: 'UG', tanzanian: 'TZ',
  'south sudanese': 'SS', nigerien: 'NE', burkinabe: 'BF', cameroonian: 'CM', 'central african': 'CF',
  mozambican: 'MZ', senegalese: 'SN', guinean: 'GN', ivorian: 'CI', ghanaian: 'GH', togolese: 'TG',
  beninese: 'BJ', liberian: 'LR', mauritanian: 'MR', zimbabwean: 'ZW', zambian: 'ZM', angolan: 'AO',
  'south african': 'ZA', djiboutian: 'DJ', somalian: 'SO', burmese: 'MM', thai: 'TH', bangladeshi: 'BD',
  'sri lankan': 'LK', nepali: 'NP', filipino: 'PH', indonesian: 'ID', malaysian: 'MY', vietnamese: 'VN',
  cambodian: 'KH', tajik: 'TJ', kyrgyz: 'KG', turkmen: 'TM', moldovan: 'MD', lithuanian: 'LT',
  latvian: 'LV', estonian: 'EE', czech: 'CZ', slovak: 'SK', croatian: 'HR', bosnian: 'BA', albanian: 'AL',
  kosovar: 'XK', macedonian: 'MK', colombian: 'CO', colombians: 'CO', haitian: 'HT', salvadoran: 'SV',
  guatemalan: 'GT', honduran: 'HN', nicaraguan: 'NI', peruvian: 'PE', ecuadorian: 'EC', bolivian: 'BO',
  chilean: 'CL', argentine: 'AR', argentinian: 'AR', portuguese: 'PT', irish: 'IE',
  // More of the world's countries, and the plurals that name their people.
  slovenian: 'SI', icelandic: 'IS', luxembourgish: 'LU', maltese: 'MT', montenegrin: 'ME', uruguayan: 'UY',
  paraguayan: 'PY', jamaican: 'JM', 'costa rican': 'CR', panamanian: 'PA', 'puerto rican': 'PR',
  namibian: 'NA', malawian: 'MW', gambian: 'GM', gabonese: 'GA', malagasy: 'MG', mauritian: 'MU',
  'sierra leonean': 'SL', laotian: 'LA', singaporean: 'SG', nepalese: 'NP', bhutanese: 'BT',
  maldivian: 'MV', mongolian: 'MN', taiwanese: 'TW', 'new zealander': 'NZ', fijian: 'FJ', emiratis: 'AE',
  qataris: 'QA', kuwaitis: 'KW', pakistanis: 'PK', indians: 'IN', italians: 'IT', spaniards: 'ES',
  greeks: 'GR', armenians: 'AM', azerbaijanis: 'AZ', georgians: 'GE', poles: 'PL', swedes: 'SE',
  norwegians: 'NO', danes: 'DK', finns: 'FI', canadians: 'CA', australians: 'AU', koreans: 'KR',
  hungarians: 'HU', romanians: 'RO', bulgarians: 'BG', serbs: 'RS', venezuelans: 'VE', brazilians: 'BR',
  mexicans: 'MX', cubans: 'CU', somalis: 'SO', ethiopians: 'ET', eritreans: 'ER', nigerians: 'NG',
  kenyans: 'KE', malians: 'ML', chadians: 'TD', ugandans: 'UG', afghani: 'AF', iranis: 'IR',
  tunisians: 'TN', algerians: 'DZ', moroccans: 'MA', haitians: 'HT', filipinos: 'PH', indonesians: 'ID',
  malaysians: 'MY', bangladeshis: 'BD',
}); // prettier-ignore
/**
 * Adjectives of world regions → the region's name as the gazetteer files it ("European" →
 * Europe). Facts, written by us; only regions the gazetteer has an area for.
 */
const REGION_DEMONYMS: Record<string, string> = wordTable({
  european: 'Europe', europeans: 'Europe', african: 'Africa', africans: 'Africa', asian: 'Asia',
  asians: 'Asia', 'latin american': 'Latin America', 'south american': 'South America',
  'central american': 'Central America', 'north american': 'North America', scandinavian: 'Scandinavia',
  'middle eastern': 'Middle East', 'southeast asian': 'Southeast Asia', 'east asian': 'East Asia',
  'south asian': 'South Asia', 'central asian': 'Central Asia', 'west african': 'West Africa',
  'east african': 'East Africa', 'north african': 'North Africa', balkan: 'Balkans', levantine: 'Levant',
  nordic: 'Nordic countries',
}); // prettier-ignore
const BY_REGION_WORD = new Map(Object.entries(REGION_DEMONYMS));

/** The region an adjective names ("European" → "Europe"), or undefined. */
export function demonymRegion(word: string): string | undefined {
  return BY_REGION_WORD.get(word.toLowerCase());
}

/** Adjectives of peoples and faiths that name no country or region ("the mostly Arab city"). */
export const PEOPLE_ADJECTIVES = new Set(
  `arab arabs kurdish kurd kurds alawite druze sunni shia shiite christian muslim jewish turkmen yazidi
  rohingya tuareg berber pashtun baloch hazara`.split(/\s+/),
);

/** The same as a Map: asked for every capitalised word of every report. */
const BY_WORD = new Map(Object.entries(DEMONYMS));

/** ISO2 country of a demonym or country adjective ("Syrian" → "SY"), or undefined. */
export function demonymCountry(word: string): string | undefined {
  return BY_WORD.get(lowercased(word));
}

/**
 * `word.toLowerCase()`, but the word itself when it is lowercase ASCII already: callers mostly
 * pass a token's lowercase, and toLowerCase makes a new string whatever it finds.
 */
function lowercased(word: string): string {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return word.toLowerCase();
  }
  return word;
}

/** The adjective of a country (ISO2, "SY" → "Syrian"), capitalised; undefined when none is known. */
export function countryDemonym(code: string): string | undefined {
  for (const [word, cc] of BY_WORD)
    if (cc === code && !word.endsWith('s') && !word.includes(' '))
      return word[0].toUpperCase() + word.slice(1);
  return undefined;
}
