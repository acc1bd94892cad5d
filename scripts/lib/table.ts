// A plain-text table for bench output: columns padded to their widest cell, numbers right-aligned.

/**
 * Formats rows under a header as aligned text columns.
 * @example table(['a', 'n'], [['x', '1']]) // 'a | n\n--+--\nx | 1'
 */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (s: string) => /^[-+]?[\d.,]+( %)?$|^–$/.test(s);
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric(c) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join(' | ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}
