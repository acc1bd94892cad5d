import { describe, expect, it } from 'vitest';
import type { Actor } from '../../types/model.ts';
import { oneActorPerSide } from './incidentFeature.ts';

// Lower case: a generic word the reader resolved to the side (findActors marks those).
const actor = (side: string, name: string): Actor =>
  name === name.toLowerCase() ? { side, name, generic: true } : { side, name };
const names = (actors: Actor[]) => actors.map((a) => `${a.name} (${a.side})`);

describe('oneActorPerSide', () => {
  it('names each side once, by its proper name over the generic words resolved to it', () => {
    const told = [
      actor('ngf', 'fighters'),
      actor('ngf', 'Northern Guard Front'),
      actor('ngf', 'rebel'),
      actor('ngf', 'militants'),
      actor('landia', 'army'),
      actor('landia', 'troops'),
      actor('landia', 'army'),
      actor('civilians', 'civilians'),
    ];
    expect(names(oneActorPerSide(told, null))).toEqual([
      'Northern Guard Front (ngf)',
      'army (landia)',
      'civilians (civilians)',
    ]);
  });
  it("keeps the agent's own name for the acting side unless it is only a generic word", () => {
    const told = [actor('landia', 'army'), actor('landia', 'Landian warplanes'), actor('ngf', 'NGF')];
    expect(names(oneActorPerSide(told, actor('landia', 'Landian jets')))).toEqual([
      'Landian jets (landia)',
      'NGF (ngf)',
    ]);
    expect(names(oneActorPerSide(told, actor('landia', 'army')))).toEqual([
      'Landian warplanes (landia)',
      'NGF (ngf)',
    ]);
  });
  it('keeps actors of no known side apart by name', () => {
    const told = [actor('unknown', 'gunmen'), actor('unknown', 'raiders'), actor('unknown', 'gunmen')];
    expect(names(oneActorPerSide(told, null))).toEqual(['gunmen (unknown)', 'raiders (unknown)']);
  });
});
