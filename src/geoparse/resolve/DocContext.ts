// What a report is about, as the resolver reads it: its focus country and the countries it
// names, the places already resolved that others should lie near (anchors), its main town, and
// the state a dateline names. Built anew by each pass that learns more; never changed in place.
import type { Alternative, GazetteerEntry } from '../../types/model.ts';
import type { NameSpan } from '../find/NameSpan.ts';
import type { Approximation } from '../approximate/approximatePlaces.ts';

/** A span resolved to a gazetteer entry, or to an area relative to one. */
export interface Resolution {
  span: NameSpan;
  entry: GazetteerEntry;
  relative?: NameSpan['relative'];
  confidence: number;
  alternatives: Alternative[];
  /**
   * 'dateline': where the report was filed from; 'demonym': a people's adjective ("Syrian
   * rebels") names the place. Either way no event happened there for these words.
   */
  role?: 'dateline' | 'demonym';
  /** A place the gazetteer lacks, put where the text anchors it (`approximatePlaces`); `entry` is made up. */
  approximate?: Approximation;
}

export interface DocContext {
  focus: string;
  countries: Set<string>;
  anchors: GazetteerEntry[];
  /** The names each anchor was resolved from: a name is not its own evidence. */
  anchorKeys?: Map<GazetteerEntry, Set<string>>;
  focusCity?: GazetteerEntry;
  /** Admin-1 codes of the area the dateline names ("EDMONTON, Ky."): its places are preferred. */
  within?: Set<string>;
  /** Ids of the places the dateline names: where the reporter sits, not where events are. */
  filedFrom?: Set<string>;
}
