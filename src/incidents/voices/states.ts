// States as actors: country names and demonyms → ISO 3166-1 alpha-2 code → a side id and a name.
// Country names come from the platform (Intl.DisplayNames), demonyms from the geoparser's table;
// only the names the platform spells differently from the news are written here.
import { demonymCountry } from '../../words/demonyms.ts';
import { wordTable } from '../../words/wordTable.ts';

// Codes Intl names that are not states.
// Retired codes the platform still names ("YD" Yemen, "SU" Russia, "DD" Germany) are not either.
const NOT_STATES = new Set(
  `EU EZ UN QO ZZ XA XB AQ BV HM UM AN BU CS DD DY FX HV NH RH SU TP UK VD YD YU ZR`.split(' '),
);
// How the news names states whose CLDR name differs ("Türkiye", "Congo - Kinshasa").
const ALIASES: Record<string, string> = wordTable({
  turkey: 'TR', 'türkiye': 'TR', turkiye: 'TR', 'united states': 'US', america: 'US', 'the us': 'US', 'u.s.': 'US',
  britain: 'GB', 'great britain': 'GB', 'the uk': 'GB', 'u.k.': 'GB', 'dr congo': 'CD', drc: 'CD',
  'democratic republic of congo': 'CD', 'democratic republic of the congo': 'CD', congo: 'CD', burma: 'MM',
  myanmar: 'MM', palestine: 'PS', 'ivory coast': 'CI', 'north korea': 'KP', 'south korea': 'KR',
}); // prettier-ignore
// Side ids kept from the first war we mapped (the control layer's baseline uses them).
// and the news' names where the platform's differ ("Türkiye", "Congo - Kinshasa").
const SIDE_OF: Record<string, string> = wordTable({
  SY: 'government', US: 'us', TR: 'turkey', CD: 'dr-congo', MM: 'myanmar', PS: 'palestine', CI: 'ivory-coast',
  GB: 'united-kingdom',
}); // prettier-ignore
const SIDE_NAMES: Record<string, string> = wordTable({
  government: 'Syrian government', us: 'United States', turkey: 'Turkey', 'dr-congo': 'DR Congo',
  myanmar: 'Myanmar', palestine: 'Palestine', 'ivory-coast': 'Ivory Coast',
}); // prettier-ignore

let byName: Map<string, string> | null = null;
let display: Intl.DisplayNames | null = null;

function displayNames(): Intl.DisplayNames | null {
  if (display) return display;
  try {
    display = new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    display = null;
  }
  return display;
}

/** Lower-case country name → code, built once from the platform's region names. */
function countryNames(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const d = displayNames();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  if (d)
    for (const a of letters)
      for (const b of letters) {
        const code = a + b;
        if (NOT_STATES.has(code)) continue;
        let name: string | undefined;
        try {
          name = d.of(code);
        } catch {
          name = undefined;
        }
        if (!name || name === code) continue;
        const key = name.toLowerCase();
        if (!byName.has(key)) byName.set(key, code);
      }
  return byName;
}

/**
 * The state a word or name stands for: a demonym ("Israeli"), a country's name ("Sudan",
 * "Türkiye") or the news' name for it ("Turkey", "DR Congo"); undefined otherwise.
 *
 * @example
 * stateOf('Israeli'); // 'IL'
 * stateOf('Sudan'); // 'SD'
 */
export function stateOf(word: string): string | undefined {
  const w = word.trim().replace(/'s$/u, '');
  return demonymCountry(w) ?? countryNames().get(w.toLowerCase());
}

/** Country names as one alternation for a pattern, longest first (built once). */
let namesPattern: string | null = null;
export function countryNamePattern(): string {
  if (namesPattern) return namesPattern;
  // Title case, as names stand in text: "United States", "Democratic Republic of the Congo".
  const title = (n: string) =>
    n.replace(/[a-z]+/gu, (w, at: number) =>
      at > 0 && /^(?:of|the|and)$/u.test(w) ? w : w[0].toUpperCase() + w.slice(1),
    );
  const names = [...countryNames().keys()]
    .filter((n) => /^[a-z][a-z .'-]+$/u.test(n) && n.length > 3 && !/^the /u.test(n))
    .sort((a, b) => b.length - a.length)
    .map((n) => title(n).replace(/[.]/gu, '\\.').replace(/ /gu, '\\s+'));
  namesPattern = names.join('|');
  return namesPattern;
}

/** The side id of a state's forces: 'government' for Syria's (as the control layer needs), else its name. */
export function stateSide(code: string): string {
  return SIDE_OF[code] ?? slug(displayNames()?.of(code) ?? code);
}

/** A human name for a side id: the state's name, the group's, or the id itself. */
export function sideLabel(side: string, fallback?: string): string {
  if (SIDE_NAMES[side]) return SIDE_NAMES[side];
  const code = countryNames().get(side.replace(/-/gu, ' '));
  return (code && displayNames()?.of(code)) || fallback || side;
}

/** Lower-case ASCII id of a name: "Rapid Support Forces" → 'rapid-support-forces'. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}
