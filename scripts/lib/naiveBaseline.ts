// A deliberately naive geoparser used only as a floor in bench-geoparse (--baseline): runs of
// capitalised words looked up by exact name in the gazetteer, the most populous entry wins.
// It checks the bench harness end to end and shows how much the real geoparser adds.
import type { Gazetteer } from '../../src/gazetteer/Gazetteer.ts';
import type { GazetteerEntry } from '../../src/types/model.ts';
import type { PredictedToponym } from './scoreToponyms.ts';

const RANK: Record<string, number> = { country: 3, admin1: 2 };

/** Builds the lookup once; returns a function from text to predictions. */
export function naiveBaseline(gaz: Gazetteer): (text: string) => PredictedToponym[] {
  const best = new Map<string, GazetteerEntry>();
  const better = (a: GazetteerEntry, b: GazetteerEntry) =>
    (RANK[a.kind] ?? 0) - (RANK[b.kind] ?? 0) || a.population - b.population;
  for (const e of gaz.entries) {
    for (const n of new Set([e.name, e.names.en, ...e.aliases])) {
      if (!n || !/^[A-Z]/.test(n)) continue;
      const cur = best.get(n);
      if (!cur || better(e, cur) > 0) best.set(n, e);
    }
  }
  return (text) => {
    const out: PredictedToponym[] = [];
    const words = [...text.matchAll(/[A-Z][\p{L}'’.-]*/gu)];
    for (let i = 0; i < words.length; i++) {
      for (let k = Math.min(4, words.length - i); k >= 1; k--) {
        const first = words[i];
        const last = words[i + k - 1];
        const start = first.index!;
        const end = last.index! + last[0].length;
        const phrase = text.slice(start, end).replace(/[.’']+$/, '');
        if (k > 1 && !/^[\p{L}'’.-]+(\s[\p{L}'’.-]+)*$/u.test(phrase)) continue;
        const e = best.get(phrase);
        if (!e) continue;
        out.push({
          start,
          end: start + phrase.length,
          text: phrase,
          geometry: e.geometry ?? { type: 'Point', coordinates: [e.lon, e.lat] },
          resolvedName: `${e.name} (${e.id})`,
        });
        i += k - 1;
        break;
      }
    }
    return out;
  };
}
