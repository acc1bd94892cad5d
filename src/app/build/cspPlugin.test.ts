import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './cspPlugin.ts';

describe('contentSecurityPolicy', () => {
  it('allows only our origin, plus blob: workers and data: images for MapLibre', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
  it('opens connections to an online style only when one is configured', () => {
    expect(contentSecurityPolicy(['https:'])).toContain("connect-src 'self' https:");
  });
});
