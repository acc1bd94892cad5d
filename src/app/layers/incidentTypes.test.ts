import { describe, expect, it } from 'vitest';
import type { IncidentType } from '../../types/model.ts';
import { INCIDENT_STYLES, INCIDENT_TYPES, incidentLabel } from './incidentTypes.ts';

describe('incidentTypes', () => {
  it("names a type the app does not know yet by its words, even one a plain object's prototype has", () => {
    expect(incidentLabel('airstrike')).toBe('Airstrike');
    expect(incidentLabel('drone-strike')).toBe('drone strike');
    expect(incidentLabel('constructor')).toBe('constructor');
    expect(incidentLabel('__proto__')).toBe('__proto__');
    expect(INCIDENT_TYPES).toContain('armed-clash');
  });

  it('has no style for such a type, so its icon is drawn with the fallback style (mapImages)', () => {
    for (const type of ['constructor', 'toString', '__proto__'])
      expect(INCIDENT_STYLES[type as IncidentType], type).toBeUndefined();
  });
});
