// A failure of an ingest the user can fix (no gazetteer built, a boundaries file that cannot be
// read): the CLI prints its message as one line, without a stack.

/** A one-line, user-fixable reason an ingest cannot run. */
export class IngestError extends Error {
  override name = 'IngestError';
}
