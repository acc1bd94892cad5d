// Lon/lat points in a grid of square cells stored as flat arrays (per cell, the indices of its
// points), for control's nearest-point searches that ask the same points many times.

/** Slack (km) on the ring bound: a point as near as the best found, give or take rounding, is still looked at. */
const SLACK_KM = 1e-6;

/** Some of a grid's points (`keep[i]` is 1 for point i) and how many of them each cell holds. */
export interface PointSubset {
  keep: Uint8Array;
  perCell: Int32Array;
}

/**
 * Points in a grid of `cellDeg`-degree cells: cell k holds `ids[first[k]]` up to
 * `ids[first[k + 1]]`, ascending. Built in two passes with no object per cell; a subset of the
 * points (a side's line on a day) is asked through the same grid with one count per cell, so
 * a search skips the cells that hold none of it without reading their points.
 *
 * @example
 * const grid = new PointGrid(units);
 * grid.least(36.2, 36.2, 111, (i) => distanceKm(36.2, 36.2, units[i].lon, units[i].lat));
 */
export class PointGrid {
  /** The cell size (degrees): `cellDeg` as asked, doubled until the grid has no more than ~4 cells a point. */
  readonly cellDeg: number;
  private readonly gx: number;
  private readonly gy: number;
  private readonly nx: number;
  private readonly ny: number;
  private readonly first: Int32Array;
  private readonly ids: Int32Array;
  /** Each point's cell. */
  private readonly cellOf: Int32Array;

  constructor(points: readonly { lon: number; lat: number }[], cellDeg = 0.1) {
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const { lon, lat } of points) {
      [x0, x1] = [Math.min(x0, lon), Math.max(x1, lon)];
      [y0, y1] = [Math.min(y0, lat), Math.max(y1, lat)];
    }
    let c = cellDeg;
    const cells = (deg: number) =>
      (Math.floor(x1 / deg) - Math.floor(x0 / deg) + 1) * (Math.floor(y1 / deg) - Math.floor(y0 / deg) + 1);
    const n = points.length;
    if (n) while (cells(c) > 4 * n + 1024) c *= 2;
    this.cellDeg = c;
    this.gx = n ? Math.floor(x0 / c) : 0;
    this.gy = n ? Math.floor(y0 / c) : 0;
    this.nx = n ? Math.floor(x1 / c) - this.gx + 1 : 0;
    this.ny = n ? Math.floor(y1 / c) - this.gy + 1 : 0;
    const cellOf = new Int32Array(n);
    const first = new Int32Array(this.nx * this.ny + 1);
    points.forEach(({ lon, lat }, i) => {
      cellOf[i] = (Math.floor(lat / c) - this.gy) * this.nx + (Math.floor(lon / c) - this.gx);
      first[cellOf[i] + 1]++;
    });
    for (let k = 1; k < first.length; k++) first[k] += first[k - 1];
    const ids = new Int32Array(n);
    const next = first.slice(0, -1);
    for (let i = 0; i < n; i++) ids[next[cellOf[i]]++] = i;
    [this.first, this.ids, this.cellOf] = [first, ids, cellOf];
  }

  /** The points `keep` marks (one byte a point, 1 to keep), to be searched with `least`. */
  subset(keep: Uint8Array): PointSubset {
    const perCell = new Int32Array(this.nx * this.ny);
    for (let i = 0; i < keep.length; i++) if (keep[i]) perCell[this.cellOf[i]]++;
    return { keep, perCell };
  }

  /**
   * The least `km(i)` over the points (or those of `only`), searched ring by ring of cells from
   * the one holding lon/lat: a point r rings out lies at least r − 1 cells away in longitude or
   * latitude, and `kmPerDeg` is the fewest km a degree of either is worth in the metric of `km`
   * (Infinity for a point that does not count). The same least value as asking every point.
   */
  least(lon: number, lat: number, kmPerDeg: number, km: (i: number) => number, only?: PointSubset): number {
    return this.search(lon, lat, kmPerDeg, km, only).km;
  }

  /** The point `least` finds (the first of the list at that distance); -1 when none counts. */
  nearest(lon: number, lat: number, kmPerDeg: number, km: (i: number) => number, only?: PointSubset): number {
    return this.search(lon, lat, kmPerDeg, km, only).i;
  }

  private search(
    lon: number,
    lat: number,
    kmPerDeg: number,
    km: (i: number) => number,
    only?: PointSubset,
  ): { km: number; i: number } {
    const c = this.cellDeg;
    const { nx, ny, first, ids } = this;
    const cx = Math.floor(lon / c) - this.gx;
    const cy = Math.floor(lat / c) - this.gy;
    const last = Math.max(cx, nx - 1 - cx, cy, ny - 1 - cy);
    const kmPerCell = c * kmPerDeg;
    let best = Infinity;
    let bestI = -1;
    const cell = (x: number, y: number) => {
      const k = y * nx + x;
      if (only && !only.perCell[k]) return;
      for (let j = first[k]; j < first[k + 1]; j++) {
        const i = ids[j];
        if (only && !only.keep[i]) continue;
        const d = km(i);
        if (d < best || (d === best && i < bestI)) [best, bestI] = [d, i];
      }
    };
    for (let r = 0; r <= last; r++) {
      if ((r - 1) * kmPerCell - SLACK_KM > best) break;
      // Ring r: rows cy ± r whole, then columns cx ± r between them; cells off the grid hold nothing.
      const [xa, xb] = [Math.max(0, cx - r), Math.min(nx - 1, cx + r)];
      if (cy - r >= 0 && cy - r < ny) for (let x = xa; x <= xb; x++) cell(x, cy - r);
      if (!r) continue;
      if (cy + r >= 0 && cy + r < ny) for (let x = xa; x <= xb; x++) cell(x, cy + r);
      const [ya, yb] = [Math.max(0, cy - r + 1), Math.min(ny - 1, cy + r - 1)];
      if (cx - r >= 0 && cx - r < nx) for (let y = ya; y <= yb; y++) cell(cx - r, y);
      if (cx + r >= 0 && cx + r < nx) for (let y = ya; y <= yb; y++) cell(cx + r, y);
    }
    return { km: best, i: bestI };
  }

  /** The points in cells overlapping a lon/lat box (west, south, east, north): every point inside it and some near it, ascending. */
  within([w, s, e, n]: readonly [number, number, number, number]): number[] {
    const c = this.cellDeg;
    const { nx, ny, first, ids } = this;
    const out: number[] = [];
    const [xa, xb] = [
      Math.max(0, Math.floor(w / c) - this.gx),
      Math.min(nx - 1, Math.floor(e / c) - this.gx),
    ];
    const [ya, yb] = [
      Math.max(0, Math.floor(s / c) - this.gy),
      Math.min(ny - 1, Math.floor(n / c) - this.gy),
    ];
    for (let y = ya; y <= yb; y++)
      for (let k = y * nx + xa; k <= y * nx + xb; k++)
        for (let j = first[k]; j < first[k + 1]; j++) out.push(ids[j]);
    return out.sort((a, b) => a - b);
  }
}
