// Grid cells as map keys, for control's grid indexes held in Maps (BoxIndex in assessAdvances.ts);
// PointGrid (pointGrid.ts) keeps its cells in flat arrays and searches them ring by ring.

/** One number for a grid cell (cells within ±20,000 steps of the origin). */
export function gridKey(cx: number, cy: number): number {
  return (cx + 20_000) * 40_000 + (cy + 20_000);
}
