// Which map layers answer clicks, most specific first: a big area must not hide a point on it.
// Shared by the map view and the end-to-end tests that look for a spot to click.

/** Layer ids that answer clicks, in the order a click prefers them. */
export const CLICKABLE_LAYERS = [
  'incidents-top',
  'incidents-point',
  'incidents-cluster',
  'history-point',
  'places-point',
  'areas-point',
  'areas-label',
  'control-fill',
  'areas-fill',
] as const;
