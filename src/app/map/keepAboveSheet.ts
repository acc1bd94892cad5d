// On a phone the panels are bottom sheets over the lower half of the map (app.css, ≤ 760 px).
// When something is selected, or the map stops moving with a selection, the selected incident or
// place is moved into the part of the map the sheets leave visible, if it is not there already.
import type { Map as MlMap } from 'maplibre-gl';
import { createEffect, on, onCleanup } from 'solid-js';
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

/** The point the selection is drawn at, if it is one: an incident, a place's point, a gazetteer entry. */
function selectedPoint(state: AppStateView): [number, number] | null {
  const g = state.selectedIncident()?.geometry ?? state.selectedPlace()?.geometry;
  if (g?.type === 'Point') return g.coordinates as [number, number];
  const e = state.selectedGazetteer();
  return e ? [e.lon, e.lat] : null;
}

/**
 * Moves the map so `lngLat` lies in the middle of the part left visible above the sheets, when it
 * is under a sheet or off the map; does nothing when no sheet covers the map.
 */
export function keepAbove(map: MlMap, lngLat: [number, number]): void {
  const el = map.getContainer();
  const cover = coveredBottom(el);
  if (!cover) return;
  const w = el.clientWidth;
  const h = el.clientHeight;
  const p = map.project(lngLat);
  if (p.x > MARGIN && p.x < w - MARGIN && p.y > MARGIN && p.y < h - cover - MARGIN) return;
  const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  // `offset` leaves the map's own centre and padding as they were (the URL keeps its meaning).
  map.easeTo({ center: lngLat, offset: [0, -cover / 2], duration: reduced ? 0 : 400, essential: true });
}

/**
 * Keeps the selection above the sheets for the life of the calling owner: on each new selection
 * (once the sheet is drawn) and whenever the map stops moving (a fly to it has ended).
 */
export function keepSelectionAboveSheets(map: MlMap, state: AppStateView): void {
  const check = () => {
    const pt = selectedPoint(state);
    if (pt && !map.isMoving()) keepAbove(map, pt);
  };
  createEffect(
    on(
      () => state.ui.selection,
      (sel) => {
        if (!sel) return;
        // After the panel is laid out: its height is what covers the map.
        const frame = requestAnimationFrame(() => requestAnimationFrame(check));
        onCleanup(() => cancelAnimationFrame(frame));
      },
    ),
  );
  map.on('moveend', (e: { originalEvent?: unknown }) => {
    // Only after moves the app made (a fly to the selection), never fighting the user's pan.
    if (!e.originalEvent) check();
  });
}
