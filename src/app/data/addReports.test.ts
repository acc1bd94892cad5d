// Adding, removing and putting back reports: kept in storage before the map shows the change, so
// that a reload the moment the map shows it cannot lose it.
import { describe, expect, it, vi } from 'vitest';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import type { StoredReport } from './reportStore.ts';

const events: string[] = [];
let commitDone: () => void = () => {};

/** Each merge the worker was asked for: the new reports' ids and how many loaded reports it starts from. */
const merges: string[] = [];

vi.mock('./pipelineClient.ts', () => ({
  mergeInWorker: async (
    articles: { id: string }[],
    _readings: unknown,
    _control: unknown,
    base: { articles: number },
  ) => {
    merges.push(`${articles.map((a) => a.id).join(',')} onto ${base.articles} reports`);
    return { ok: true, errors: [], merge: { output: { merged: true }, added: [], skipped: [] } };
  },
}));
vi.mock('./reportStorage.ts', () => ({
  baseKey: () => 'base',
  reportStorage: async () => ({
    commit: (put: StoredReport[], remove: string[]) => {
      events.push(`commit started: put ${put.map((r) => r.id).join(',')} remove ${remove.join(',')}`);
      return new Promise<void>((resolve) => {
        commitDone = () => {
          events.push('commit done');
          resolve();
        };
      });
    },
  }),
}));

const { addPastedReport, putBack, removeReport } = await import('./addReports.ts');

function fakeStore(reports: StoredReport[]): { state: AppStateView; actions: AppActions } {
  let user = reports;
  const state = {
    userReports: () => user,
    baseData: () => ({ manifest: null, control: { type: 'FeatureCollection', features: [] }, outlets: {} }),
    data: () => ({}),
  } as unknown as AppStateView;
  const actions = {
    setBusy: () => {},
    setProgress: () => {},
    dismiss: () => {},
    message: (kind: string, text: string) => {
      events.push(`${kind}: ${text}`);
      return 1;
    },
    setUserReports: (next: StoredReport[]) => {
      user = next;
      events.push(`shown: ${next.map((r) => r.id).join(',') || 'none'}`);
    },
  } as unknown as AppActions;
  return { state, actions };
}

const report = {
  id: 'r1',
  text: 'Troops shelled a town.',
  outlet: 'Test Wire',
  dateline: null,
} as unknown as StoredReport;

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

describe('addReports', () => {
  it('keeps a put-back report before the map shows it', async () => {
    events.length = 0;
    const { state, actions } = fakeStore([]);
    const done = putBack(state, actions, report);
    await settle();
    expect(events).toEqual(['commit started: put r1 remove ']); // not shown yet
    commitDone();
    await done;
    expect(events).toEqual([
      'commit started: put r1 remove ',
      'commit done',
      'shown: r1',
      'info: Put back Test Wire.',
    ]);
  });

  it('takes a report out of storage before the map drops it', async () => {
    events.length = 0;
    const { state, actions } = fakeStore([report]);
    const done = removeReport(state, actions, 'r1');
    await settle();
    expect(events).toEqual(['commit started: put  remove r1']);
    commitDone();
    await done;
    expect(events.slice(0, 3)).toEqual(['commit started: put  remove r1', 'commit done', 'shown: none']);
  });

  it('holds a report pasted before the loaded map is in, and merges it onto that map once it is', async () => {
    events.length = 0;
    merges.length = 0;
    const { state, actions } = fakeStore([]);
    // The page's first moments: the manifest is not in, the base is the empty map.
    let base = {
      manifest: null,
      control: { type: 'FeatureCollection', features: [] },
      outlets: {},
    } as object;
    let loaded!: () => void;
    const baseLoaded = new Promise<void>((resolve) => (loaded = resolve));
    let baseIn = false;
    Object.assign(state, { baseData: () => base, baseIn: () => baseIn, baseLoaded: () => baseLoaded });
    const done = addPastedReport(state, actions, 'Drones struck a fuel depot at dawn.', {});
    await settle();
    expect(merges).toEqual([]); // not merged against the empty map
    expect(events.some((e) => e.startsWith('info: The map’s data is still loading'))).toBe(true);
    // The loaded map comes: five reports, one of them already called "pasted-report".
    base = {
      manifest: { counts: { articles: 5 }, articles: [], files: { 'readings.json': 'x' } },
      control: { type: 'FeatureCollection', features: [] },
      outlets: { 'pasted-report': 'Hill Post' },
    };
    baseIn = true;
    loaded();
    await done;
    expect(merges).toEqual(['pasted-report-2 onto 5 reports']);
  });
});
