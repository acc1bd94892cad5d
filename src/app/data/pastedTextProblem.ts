// Pasted text is held to the size a report file may be (src/pipeline/decodeReport.ts): checked as
// it is pasted (before it fills the box) and when it is added.
import { MAX_REPORT_BYTES, megabytes, textTooLarge } from '../../pipeline/decodeReport.ts';

/**
 * Why pasted text cannot be a report (larger than a report file may be), or null.
 *
 * @example pastedTextProblem('x'.repeat(2_100_000)) // 'pasted text: 2.1 MB, larger than the 2.0 MB …'
 */
export function pastedTextProblem(text: string): string | null {
  return textTooLarge(text)
    ? `pasted text: ${megabytes(new Blob([text]).size)}, larger than the ${megabytes(MAX_REPORT_BYTES)} a report may be (as for files); nothing was added`
    : null;
}
