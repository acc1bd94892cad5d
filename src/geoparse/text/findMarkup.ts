// Markup in text that was read as-is (an HTML page saved as .txt): tags, comments, script and
// style blocks become excluded spans so offsets keep indexing the text as read.
import type { ExcludedSpan } from '../../types/model.ts';

const TAG = /<\/?([A-Za-z][A-Za-z0-9-]{0,30})(?:[\s/][^<>]{0,2000})?>/y;

/** Finds HTML markup as excluded spans (reason `markup`); linear in the length of the text. */
export function findMarkup(text: string): ExcludedSpan[] {
  const out: ExcludedSpan[] = [];
  let i = text.indexOf('<');
  while (i >= 0 && i < text.length) {
    let next = i + 1;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      next = close < 0 ? text.length : close + 3;
      out.push({ start: i, end: next, reason: 'markup' });
    } else {
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (m) {
        next = TAG.lastIndex;
        const name = m[1].toLowerCase();
        if ((name === 'script' || name === 'style') && !m[0].startsWith('</')) {
          const closer = new RegExp(`</${name}\\s*>`, 'gi');
          closer.lastIndex = next;
          const c = closer.exec(text);
          next = c ? closer.lastIndex : text.length;
        }
        out.push({ start: i, end: next, reason: 'markup' });
      }
    }
    i = text.indexOf('<', next);
  }
  return out;
}
