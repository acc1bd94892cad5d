// Grid cells searched ring by ring: the nearest-point searches of control's grid indexes
// (UnitFinder in baseline.ts; PointGrid in pointGrid.ts walks its rings over flat arrays).

/** One number for a grid cell (cells within ±20,000 steps of the origin). */
export function gridKey(cx: number, cy: number): number {
  return (cx + 20_000) * 40_000 + (cy + 20_000);
}

/**
 * Visits the grid cells ring by ring around cell (cx, cy): ring 0 is the cell itself, ring r the
 * cells r steps away in x or y. Stops before ring r when `enough(r)` says nothing that far out
 * can matter, or after ring `last`.
 *
 * @example
 * const seen: string[] = [];
 * visitRings(0, 0, 1, () => false, (x, y) => seen.push(`${x},${y}`));
 * seen.length; // 9: the cell and the 8 around it
 */
export function visitRings(
  cx: number,
  cy: number,
  last: number,
  enough: (r: number) => boolean,
  visit: (x: number, y: number) => void,
): void {
  for (let r = 0; r <= last; r++) {
    if (enough(r)) break;
    if (r === 0) {
      visit(cx, cy);
      continue;
    }
    for (let x = cx - r; x <= cx + r; x++) {
      visit(x, cy - r);
      visit(x, cy + r);
    }
    for (let y = cy - r + 1; y <= cy + r - 1; y++) {
      visit(cx - r, y);
      visit(cx + r, y);
    }
  }
}
