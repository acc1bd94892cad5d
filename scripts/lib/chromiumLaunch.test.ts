import { describe, expect, it } from 'vitest';
import { chromiumLaunchOptions, playwrightDisabledFeatures } from './chromiumLaunch.ts';

describe('chromiumLaunchOptions', () => {
  it('reads a list of feature names, leaving comments and other lists out', () => {
    const source = `var a = 1;
    disabledFeatures = [
      // Keeps things quiet. See "Quoted" in a comment
      "FirstThing",
      "Second_Thing2"
    ].filter(Boolean);
    enabledFeatures = () => ["NotThis"];`;
    expect(playwrightDisabledFeatures(source)).toEqual(['FirstThing', 'Second_Thing2']);
    expect(playwrightDisabledFeatures('no list here')).toBeNull();
  });

  it("keeps Playwright's own disabled features in the one --disable-features switch it adds", () => {
    const theirs = playwrightDisabledFeatures();
    const switches = chromiumLaunchOptions().args.filter((a) => a.startsWith('--disable-features='));
    if (!theirs) {
      // Unreadable: ours would replace Playwright's list, so none is added.
      expect(switches).toEqual([]);
      return;
    }
    // The installed Playwright holds PaintHolding off (it changes when a page first paints).
    expect(theirs).toContain('PaintHolding');
    expect(switches).toHaveLength(1);
    const ours = switches[0]!.slice('--disable-features='.length).split(',');
    for (const f of theirs) expect(ours).toContain(f);
    expect(ours).toContain('WebUIOmniboxPopup');
  });
});
