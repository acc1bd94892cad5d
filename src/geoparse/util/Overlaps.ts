// Which character spans overlap others, asked many times over a long text: linear, not quadratic.
/** Character spans bucketed by 256-character block, to ask "does this overlap one?" in O(1). */
export class Overlaps {
  private readonly blocks = new Map<number, { start: number; end: number }[]>();
  constructor(spans: { start: number; end: number }[]) {
    for (const s of spans) this.add(s);
  }
  add(s: { start: number; end: number }): void {
    for (let b = s.start >> 8; b <= (s.end - 1) >> 8; b++) {
      const list = this.blocks.get(b);
      if (list) list.push(s);
      else this.blocks.set(b, [s]);
    }
  }
  hits(s: { start: number; end: number }): boolean {
    for (let b = s.start >> 8; b <= (s.end - 1) >> 8; b++)
      if (this.blocks.get(b)?.some((p) => p.start < s.end && s.start < p.end)) return true;
    return false;
  }
}
