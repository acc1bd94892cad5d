// STUB (owned by the gazetteer work): replace with the real implementation.
import type { GazetteerEntry, GazetteerPack } from '../types/model.ts';

/** The places we know, by id. Name lookup (folding, fuzzy) lives in src/geoparse. */
export class Gazetteer {
  readonly entries: GazetteerEntry[];
  readonly version: string;
  readonly sources: GazetteerPack['sources'];
  private byId = new Map<string, GazetteerEntry>();

  constructor(pack: GazetteerPack) {
    this.entries = pack.entries;
    this.version = pack.version;
    this.sources = pack.sources;
    for (const e of pack.entries) this.byId.set(e.id, e);
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }
}
