// How news writes a state or province after a town ("Edmonton, Ky.", "Newark, N.J.",
// "Calgary, Alta.", "Louisville, KY"): news-style and postal abbreviations → GeoNames admin-1
// codes. Only read right after "<place>," where nothing else fits: "Ill", "Miss" or "Ore" alone
// are words, not states.
import { wordTable } from './wordTable.ts';

/** News-style abbreviations as written without their final period ("N.J" for "N.J."). */
const NEWS: Record<string, string> = wordTable({
  Ala: 'US.AL', Ariz: 'US.AZ', Ark: 'US.AR', Calif: 'US.CA', Cal: 'US.CA', Colo: 'US.CO', Conn: 'US.CT',
  Del: 'US.DE', Fla: 'US.FL', Ga: 'US.GA', Ill: 'US.IL', Ind: 'US.IN', Kan: 'US.KS', Kans: 'US.KS', Ky: 'US.KY',
  La: 'US.LA', Md: 'US.MD', Mass: 'US.MA', Mich: 'US.MI', Minn: 'US.MN', Miss: 'US.MS', Mo: 'US.MO',
  Mont: 'US.MT', Neb: 'US.NE', Nev: 'US.NV', 'N.H': 'US.NH', 'N.J': 'US.NJ', 'N.M': 'US.NM', 'N.Y': 'US.NY',
  'N.C': 'US.NC', 'N.D': 'US.ND', Okla: 'US.OK', Ore: 'US.OR', Pa: 'US.PA', 'R.I': 'US.RI', 'S.C': 'US.SC',
  'S.D': 'US.SD', Tenn: 'US.TN', Tex: 'US.TX', Vt: 'US.VT', Va: 'US.VA', Wash: 'US.WA', 'W.Va': 'US.WV',
  Wis: 'US.WI', Wyo: 'US.WY', 'D.C': 'US.DC',
  Alta: 'CA.01', 'B.C': 'CA.02', Man: 'CA.03', 'N.B': 'CA.04', Nfld: 'CA.05', 'N.S': 'CA.07', Ont: 'CA.08',
  'P.E.I': 'CA.09', Que: 'CA.10', Sask: 'CA.11',
  NSW: 'AU.02', Qld: 'AU.04', Tas: 'AU.06',
}); // prettier-ignore

/** Two-letter postal codes (US states, Canadian provinces), written in capitals. */
const POSTAL =
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC';
const CANADA: Record<string, string> = wordTable({
  AB: 'CA.01', BC: 'CA.02', MB: 'CA.03', NB: 'CA.04', NL: 'CA.05', NS: 'CA.07', ON: 'CA.08', PE: 'CA.09',
  QC: 'CA.10', SK: 'CA.11',
}); // prettier-ignore

const CODES = new Map<string, string>(Object.entries(NEWS));
for (const p of POSTAL.split(' ')) CODES.set(p, `US.${p}`);
for (const [p, code] of Object.entries(CANADA)) CODES.set(p, code);

/**
 * The admin-1 code an abbreviation written after a town stands for, or undefined.
 * @example stateCode('Ky.') // 'US.KY'
 * @example stateCode('N.J.') // 'US.NJ'
 */
export function stateCode(written: string): string | undefined {
  return CODES.get(written.replace(/\.$/, ''));
}
