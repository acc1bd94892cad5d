// `isGenericName(bareName(e.name))`: whether a division's name, without its type word, is a
// generic one ("Southern District", "Eastern Province", which courts and companies are called
// too). Asked of every division among a name's hits, report after report, and each answer cuts
// the name by a regex: by entry, once (again if the entry's name is replaced).
import type { GazetteerEntry } from '../../types/model.ts';
import { bareName, isGenericName } from '../../gazetteer/admin1Names.ts';

const answers = new WeakMap<GazetteerEntry, { name: string; generic: boolean }>();

/**
 * Whether the entry's bare name is a generic one.
 * @example genericDivision(southernDistrict) // true; genericDivision(idlibGovernorate) // false
 */
export function genericDivision(e: GazetteerEntry): boolean {
  const name = e.name;
  const known = answers.get(e);
  if (known && known.name === name) return known.generic;
  const generic = isGenericName(bareName(name));
  answers.set(e, { name, generic });
  return generic;
}
