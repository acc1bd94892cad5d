// What the app calls a report wherever it names one (the reports list, a source's outlet, the
// messages about adding and removing): its outlet; a report pasted without one, by its first
// line, quoted and marked as pasted (its "file" is only the app's label with its id in it); a
// file without an outlet whose text is here (added in this browser, or a local ingest), by its
// file name, which the user chose; else by its first line; and a report with neither outlet nor
// text (a published map's report: its text is not published) says so, "Outlet not named", as a
// reader expects, not by a file name or id that only its publisher chose.

/** The label addPastedReport gives a pasted report as its file: `pasted text (<id>)`. */
export function pastedLabel(id: string): string {
  return `pasted text (${id})`;
}

const PASTED = /^pasted text \(.*\)$/;
/** The name of a report whose outlet is not known and whose text is not here. */
export const NO_OUTLET = 'Outlet not named';
/** Longest headline shown, in characters, before it is cut at a word. */
const MAX_HEADLINE = 60;

/**
 * The first line of a text that has letters in it, without Markdown's heading marks, spaces
 * collapsed, cut at a word boundary to about 60 characters; null when the text has no letters.
 *
 * @example
 * headline('# Rebels enter the city\n\nBody …'); // 'Rebels enter the city'
 */
export function headline(text: string): string | null {
  const line = text
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/^\s*#+\s*/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .find((l) => /\p{L}/u.test(l));
  if (!line) return null;
  if (line.length <= MAX_HEADLINE) return line;
  const cut = line.slice(0, MAX_HEADLINE + 1);
  const space = cut.lastIndexOf(' ');
  const kept = space > MAX_HEADLINE / 2 ? cut.slice(0, space) : cut.slice(0, MAX_HEADLINE);
  return `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/**
 * A report's name for people.
 *
 * @example
 * reportName({ id: 'pasted-report', file: 'pasted text (pasted-report)', text: 'Shelling hit the town.', outlet: null });
 * // '“Shelling hit the town.” (pasted)'
 */
export function reportName(r: {
  id: string;
  outlet?: string | null;
  file?: string | null;
  text?: string | null;
}): string {
  const outlet = r.outlet?.trim();
  if (outlet) return outlet;
  const pasted = !!r.file && PASTED.test(r.file);
  if (r.file && !pasted && r.text) return r.file;
  const first = r.text ? headline(r.text) : null;
  if (pasted) return first ? `“${first}” (pasted)` : 'a pasted report';
  return first ? `“${first}”` : NO_OUTLET;
}
