// Messages between the page and the incident data worker (src/app/data/incidentData.worker.ts).
import type { IncidentFeature } from '../../types/model.ts';
import type { IncidentColumns } from '../model/incidentColumns.ts';

export type IncidentDataRequest = { id: number } & (
  | { kind: 'load'; url: string }
  | { kind: 'days'; days: string[] }
  | { kind: 'check'; digest: string }
  | { kind: 'replace'; rows: IncidentColumns; details: Record<string, IncidentFeature> }
  | { kind: 'tile'; z: number; x: number; y: number }
  | { kind: 'details'; ids: string[] }
);

export type IncidentDataReply =
  | {
      id: number;
      ok: true;
      rows?: IncidentColumns;
      tile?: ArrayBuffer | null;
      details?: IncidentFeature[];
      /** The loaded file's content digest (`check`); undefined when nothing was loaded. */
      digest?: string;
    }
  | { id: number; ok: false; error: string };
