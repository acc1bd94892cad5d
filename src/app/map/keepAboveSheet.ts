// On a phone the panels are bottom sheets over the lower half of the map (app.css, ≤ 760 px).
// When something is selected, or the map stops moving with a selection, the selected incident or
// place is moved into the part of the map the sheets leave visible, if it is not there already:
// a point, or an area (a governorate, the area an incident was told of) whole.
import type { Map as MlMap } from 'maplibre-gl';
import { createEffect, on, onCleanup } from 'solid-js';
import { areaBounds } from '../model/areaBounds.ts';
import type { AppStateView } from '../store/createAppStore.ts';

/** Pixels kept clear around the selected item. */
const MARGIN = 36;

/**
 * Height of the map hidden under bottom sheets: panels spanning the map's whole width and
 * reaching its bottom edge (side panels on a wide screen span only a column, so count 0).
 */
export function coveredBottom(mapEl: HTMLElement): number {
  const m = mapEl.getBoundingClientRect();
  let top = m.bottom;
  for (const el of document.querySelectorAll<HTMLElement>('.detail, .sidebar')) {
    const r = el.getBoundingClientRect();
    if (!r.height || r.left > m.left + 1 || r.right < m.right - 1 || r.bottom < m.bottom - 1) continue;
    top = Math.min(top, Math.max(r.top, m.top));
  }
  return Math.max(0, m.bottom - top);
}

type Box = [number, number, number, number];

/**
 * What must stay in sight of the selection, as [west, south, east, north]: the area of a place
 * that is one (a governorate, a region, a road) or of the place an incident was told of, else
 * the point it is drawn at (an incident, a town, a gazetteer entry).
 */
function selectedBox(state: AppStateView): Box | null {
  const incident = state.selectedIncident();
  const place = incident ? state.placeById().get(incident.properties.place) : state.selectedPlace();
  const area = areaBounds(place?.geometry);
  if (area) return area;
  const g = incident?.geometry ?? place?.geometry;
  if (g?.type === 'Point') {
    const [x, y] = g.coordinates as [number, number];
    return [x, y, x, y];
  }
  const e = state.selectedGazetteer();
  return e ? [e.lon, e.lat, e.lon, e.lat] : null;
}

/**
 * Moves the map so `box` (a point when its corners meet) lies in the part left visible above the
 * sheets, when it is under a sheet or off the map: a point is centred there; an area is fitted
 * there, zooming out if it must but never in. Does nothing when no sheet covers the map.
 */
export function keepAbove(map: MlMap, box: Box): void {
  const el = map.getContainer();
  const cover = coveredBottom(el);
  if (!cover) return;
  const w = el.clientWidth;
  const h = el.clientHeight;
  // Sheets over (nearly) the whole map leave nowhere to move it to.
  if (h - cover < 3 * MARGIN) return;
  const [west, south, east, north] = box;
  const a = map.project([west, north]);
  const b = map.project([east, south]);
  // Half the margin to stay put, the whole margin to move: a box just fitted is never moved again.
  const keep = MARGIN / 2;
  const inside =
    Math.min(a.x, b.x) > keep &&
    Math.max(a.x, b.x) < w - keep &&
    Math.min(a.y, b.y) > keep &&
    Math.max(a.y, b.y) < h - cover - keep;
  if (inside) return;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  const duration = reduced ? 0 : 400;
  if (west === east && south === north) {
    // `offset` leaves the map's own centre and padding as they were (the URL keeps its meaning).
    map.easeTo({ center: [west, south], offset: [0, -cover / 2], duration, essential: true });
    return;
  }
  // The padding only places this move (MapLibre's fitBounds does not keep it).
  const bottom = cover + MARGIN;
  map.fitBounds(
    [
      [west, south],
      [east, north],
    ],
    {
      padding: { top: MARGIN, left: MARGIN, right: MARGIN, bottom },
      maxZoom: map.getZoom(),
      duration,
      essential: true,
    },
  );
}

/**
 * Keeps the selection above the sheets for the life of the calling owner: on each new selection
 * (once the sheet is drawn) and whenever the map stops moving (a fly to it has ended).
 */
export function keepSelectionAboveSheets(map: MlMap, state: AppStateView): void {
  let moving = false;
  // A check asked while the map was moving (a fly, an ease, a finger still on it) is owed: it is
  // made at the next idle, else a sheet laid out during a move would cover the selection for good.
  let owed = false;
  const check = () => {
    const box = selectedBox(state);
    owed = false;
    // Not again from the moveend of its own move (at once when motion is reduced).
    if (!box || moving) return;
    if (map.isMoving()) {
      owed = true;
      return;
    }
    moving = true;
    try {
      keepAbove(map, box);
    } finally {
      moving = false;
    }
  };
  createEffect(
    on(
      () => state.ui.selection,
      (sel) => {
        if (!sel) return;
        // After the panel is laid out: its height is what covers the map. A panel loaded on first
        // use grows the sheet later, so the sheets are watched for a while too.
        const sizes = new ResizeObserver(() => check());
        const frame = requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            check();
            for (const el of document.querySelectorAll('.detail, .sidebar')) sizes.observe(el);
          }),
        );
        const stop = setTimeout(() => sizes.disconnect(), 10_000);
        onCleanup(() => {
          cancelAnimationFrame(frame);
          clearTimeout(stop);
          sizes.disconnect();
        });
      },
    ),
  );
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    // Only after moves the app made (a fly to the selection), never fighting the user's pan.
    if (!e.originalEvent) check();
  });
  map.on('idle', () => {
    if (owed) check();
  });
}
