import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './cspPlugin.ts';
import { narrowPolicy } from '../basemap/narrowCsp.ts';

describe('contentSecurityPolicy', () => {
  it('runs scripts, styles and fonts from our origin only, plus blob: workers and data: images for MapLibre', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
  it('leaves room for a basemap the user chooses: https: hosts and tile servers on this machine', () => {
    expect(contentSecurityPolicy()).toContain(
      "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
    );
    expect(contentSecurityPolicy([])).toContain("connect-src 'self';");
  });
  it('is narrowed at start-up to our origin, plus only the origins of the basemap chosen', () => {
    expect(narrowPolicy([])).toBe("connect-src 'self'; img-src 'self' data: blob:");
    expect(narrowPolicy(['https://tiles.example.org', 'https://tiles.example.org'])).toBe(
      "connect-src 'self' https://tiles.example.org; img-src 'self' data: blob: https://tiles.example.org",
    );
  });
});
