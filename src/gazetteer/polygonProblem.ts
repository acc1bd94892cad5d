// What is wrong with an imported polygon, in words: the boundary and control imports name the
// feature and the fault ("ring 0 encloses no area") instead of failing later on a TypeError.

/** Position `p` as written, short. */
const shown = (p: unknown): string => {
  const s = JSON.stringify(p) ?? String(p);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/** Twice the signed area of a ring in degrees² (shoelace); 0 for a ring on one line or point. */
function ringArea2(ring: number[][]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a;
}

/** Whether all positions lie on one straight line (or one point). */
function onOneLine(ring: number[][]): boolean {
  const a = ring[0];
  const b = ring.find((p) => p[0] !== a[0] || p[1] !== a[1]);
  if (!b) return true;
  return ring.every((p) => Math.abs((b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0])) < 1e-14);
}

function ringProblem(ring: unknown, name: string): string | null {
  if (!Array.isArray(ring)) return `${name} is not a list of positions`;
  if (ring.length < 4)
    return `${name} has ${ring.length} position${ring.length === 1 ? '' : 's'}; a ring needs at least 4`;
  for (let m = 0; m < ring.length; m++) {
    const p = ring[m] as unknown;
    if (
      !Array.isArray(p) ||
      p.length < 2 ||
      typeof p[0] !== 'number' ||
      typeof p[1] !== 'number' ||
      !Number.isFinite(p[0]) ||
      !Number.isFinite(p[1])
    )
      return `${name}: position ${m} ${shown(p)} is not [longitude, latitude] numbers`;
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      return `${name}: position ${m} ${shown(p)} is off the globe`;
  }
  const [a, b] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  if (a[0] !== b[0] || a[1] !== b[1]) return `${name} is not closed (its first and last positions differ)`;
  if (Math.abs(ringArea2(ring as number[][])) < 1e-14)
    return onOneLine(ring as number[][])
      ? `${name} encloses no area (its positions lie on one line)`
      : `${name} encloses no area (it crosses itself and its parts cancel out)`;
  return null;
}

/**
 * Why `g` is not a usable Polygon or MultiPolygon, or null when it is: a geometry of another type,
 * no rings, a ring of fewer than 4 positions, a position that is not two numbers or off the globe,
 * a ring not closed, a ring that encloses no area.
 *
 * @example polygonProblem({ type: 'Polygon', coordinates: [[[37, 36], [38, 36], [37, 36], [37, 36]]] })
 * // 'ring 0 encloses no area (its positions lie on one line)'
 */
export function polygonProblem(g: unknown): string | null {
  if (!g || typeof g !== 'object') return 'no geometry';
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown };
  if (type !== 'Polygon' && type !== 'MultiPolygon')
    return `geometry is ${typeof type === 'string' ? `a ${type.slice(0, 30)}` : 'of no type'}, not a Polygon or MultiPolygon`;
  if (!Array.isArray(coordinates) || coordinates.length === 0) return `the ${type} has no coordinates`;
  const polygons = type === 'Polygon' ? [coordinates] : coordinates;
  for (let j = 0; j < polygons.length; j++) {
    const rings = polygons[j] as unknown;
    const where = type === 'MultiPolygon' ? `polygon ${j} ` : '';
    if (!Array.isArray(rings) || rings.length === 0) return `${where || 'the polygon '}has no rings`.trim();
    for (let k = 0; k < rings.length; k++) {
      const problem = ringProblem(rings[k], `${where}ring ${k}`);
      if (problem) return problem;
    }
  }
  return null;
}

/** How a feature is named in a message: its index, and its id or name when it has one. */
export function featureLabel(
  f: unknown,
  i: number,
  nameKeys: string[] = ['name', 'NAME_EN', 'ADM1_EN', 'PCODE'],
): string {
  const o = (f && typeof f === 'object' ? f : {}) as { id?: unknown; properties?: unknown };
  const p = (o.properties && typeof o.properties === 'object' ? o.properties : {}) as Record<string, unknown>;
  const name = nameKeys.map((k) => p[k]).find((v) => typeof v === 'string' && v.trim());
  const tag =
    o.id !== undefined && o.id !== null
      ? `id ${typeof o.id === 'string' ? o.id.slice(0, 40) : shown(o.id)}`
      : name
        ? shown(String(name).trim())
        : '';
  return `feature ${i}${tag ? ` (${tag})` : ''}`;
}
