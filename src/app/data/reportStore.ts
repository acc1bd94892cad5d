// What the browser keeps between visits, in IndexedDB (through `idb`): the reports a user
// added (text, metadata and the pipeline's reading of each), the merged map they make with the
// loaded data, the place corrections and the view, and settings. Each import or removal is one
// transaction over the reports and the merged map: all of it is kept, or none.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReportReading } from '../../pipeline/readReport.ts';
import type { PipelineOutput } from '../../types/model.ts';
import { DB_NAME } from './reportStorage.ts';

/** A report the user added, as kept. */
export interface StoredReport {
  id: string;
  text: string;
  outlet: string | null;
  dateline: string | null;
  file?: string;
  /** When it was added (ISO time). */
  added: string;
  /** What the pipeline read in it (places, mentions, incident candidates). */
  reading: ReportReading;
}

/** The map made of the loaded data and the user's reports, and which loaded data it was made on. */
export interface Snapshot {
  baseKey: string;
  output: PipelineOutput;
}

interface Schema extends DBSchema {
  reports: { key: string; value: StoredReport };
  state: { key: string; value: unknown };
}

/** A readable reason for a storage error: quota, private browsing, blocked, or the error's own words. */
export function storageError(e: unknown): string {
  const name = (e as { name?: string } | null)?.name ?? '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError' || /quota/i.test(message))
    return 'the browser’s storage for this site is full (free some space or remove reports)';
  if (name === 'SecurityError' || name === 'InvalidStateError' || /private|denied|not allowed/i.test(message))
    return 'this browser does not allow storage here (private browsing?)';
  return message || name || 'unknown storage error';
}

/**
 * The app's IndexedDB database. `open` rejects with an Error whose message says why in words.
 *
 * @example
 * const store = await ReportStore.open();
 * const { reports, snapshot } = await store.load();
 */
export class ReportStore {
  private constructor(private db: IDBPDatabase<Schema>) {}

  static async open(name = DB_NAME): Promise<ReportStore> {
    if (typeof indexedDB === 'undefined') throw new Error('this browser has no IndexedDB');
    try {
      const db = await openDB<Schema>(name, 1, {
        upgrade(d) {
          d.createObjectStore('reports', { keyPath: 'id' });
          d.createObjectStore('state');
        },
      });
      return new ReportStore(db);
    } catch (e) {
      throw new Error(storageError(e));
    }
  }

  /** Everything kept: reports in the order they were added, the merged map, and a value by key. */
  async load(): Promise<{ reports: StoredReport[]; snapshot: Snapshot | null }> {
    const tx = this.db.transaction(['reports', 'state']);
    const [reports, snapshot] = await Promise.all([
      tx.objectStore('reports').getAll(),
      tx.objectStore('state').get('snapshot') as Promise<Snapshot | undefined>,
    ]);
    await tx.done;
    reports.sort((a, b) => (a.added < b.added ? -1 : a.added > b.added ? 1 : 0));
    return { reports, snapshot: snapshot ?? null };
  }

  /**
   * One transaction: `put` reports added or put back, `remove` reports by id, and the merged
   * map they now make (null when no report of the user's is left). Rejects with a readable error.
   */
  async commit(put: StoredReport[], remove: string[], snapshot: Snapshot | null): Promise<void> {
    try {
      const tx = this.db.transaction(['reports', 'state'], 'readwrite');
      const reports = tx.objectStore('reports');
      const state = tx.objectStore('state');
      await Promise.all([
        ...put.map((r) => reports.put(r)),
        ...remove.map((id) => reports.delete(id)),
        snapshot ? state.put(snapshot, 'snapshot') : state.delete('snapshot'),
      ]);
      await tx.done;
    } catch (e) {
      throw new Error(storageError(e));
    }
  }

  async get<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('state', key)) as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    try {
      await this.db.put('state', value, key);
    } catch (e) {
      throw new Error(storageError(e));
    }
  }
}
