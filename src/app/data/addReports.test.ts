// Adding, removing and putting back reports: kept in storage before the map shows the change, so
// that a reload the moment the map shows it cannot lose it.
import { describe, expect, it, vi } from 'vitest';
import type { AppActions, AppStateView } from '../store/createAppStore.ts';
import type { StoredReport } from './reportStore.ts';

const events: string[] = [];
let commitDone: () => void = () => {};

vi.mock('./pipelineClient.ts', () => ({
  mergeInWorker: async () => ({
    ok: true,
    errors: [],
    merge: { output: { merged: true }, added: [], skipped: [] },
  }),
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

const { putBack, removeReport } = await import('./addReports.ts');

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
});
