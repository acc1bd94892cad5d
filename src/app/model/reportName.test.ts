import { describe, expect, it } from 'vitest';
import { NO_OUTLET, headline, pastedLabel, reportName } from './reportName.ts';

describe('headline', () => {
  it('takes the first line with letters, without heading marks or extra spaces', () => {
    expect(headline('\n  \n## Shelling   hit the ring road\n\nThe body.')).toBe('Shelling hit the ring road');
    expect(headline('---\n12 34\nFighters left the depot.')).toBe('Fighters left the depot.');
    expect(headline(' \n 42 \n')).toBeNull();
  });

  it('cuts a long first line at a word, with an ellipsis', () => {
    const line =
      'Army units shelled the outskirts of the town on Tuesday, a local council said in a statement';
    const h = headline(line)!;
    expect(h.endsWith('…')).toBe(true);
    expect(h.length).toBeLessThanOrEqual(61);
    expect(line.startsWith(h.slice(0, -1))).toBe(true);
    expect(h).not.toMatch(/[ ,]…$/);
  });

  it('cuts a line without spaces where it must', () => {
    expect(headline('x'.repeat(100))).toBe(`${'x'.repeat(60)}…`);
  });
});

describe('reportName', () => {
  const text = 'Militia fighters withdrew from the hill\n\nMore words.';

  it('names a report by its outlet first', () => {
    expect(reportName({ id: 'a', outlet: ' Coast Wire ', file: pastedLabel('a'), text })).toBe('Coast Wire');
  });

  it('names a pasted report by its first line, never by the label that holds its id', () => {
    const name = reportName({
      id: 'pasted-report-2',
      outlet: null,
      file: pastedLabel('pasted-report-2'),
      text,
    });
    expect(name).toBe('“Militia fighters withdrew from the hill” (pasted)');
    expect(name).not.toContain('pasted-report-2');
    expect(reportName({ id: 'p', outlet: '', file: pastedLabel('p'), text: '' })).toBe('a pasted report');
  });

  it('names a file without an outlet by the file the user chose, else the first line', () => {
    expect(reportName({ id: 'north', outlet: null, file: 'north-front.txt', text })).toBe('north-front.txt');
    expect(reportName({ id: 'north', outlet: null, text })).toBe('“Militia fighters withdrew from the hill”');
  });

  it('says the outlet is not named when neither outlet nor text is here, never its file or id', () => {
    // A published map's report: the manifest names its file, the text stays with its authors.
    const published = {
      id: 'hill-withdrawal-2024-11-28',
      outlet: null,
      file: 'hill-withdrawal-2024-11-28.txt',
    };
    expect(reportName(published)).toBe(NO_OUTLET);
    expect(reportName({ ...published, text: '' })).toBe(NO_OUTLET);
    expect(reportName({ id: 'north', outlet: '  ' })).toBe(NO_OUTLET);
    // Once its text is here (a local ingest), the file the user ingested names it.
    expect(reportName({ ...published, text })).toBe('hill-withdrawal-2024-11-28.txt');
  });
});
