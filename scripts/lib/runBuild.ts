// One build of every gazetteer output; shared by `npm run build:gazetteer` and the loader.
import { buildGazetteerData } from './buildGazetteerData.ts';
import { writeBasemap, writePack, writeWorldCache, type WrittenFile } from './writeGazetteer.ts';

export interface BuildReport {
  files: WrittenFile[];
  worldEntries: number;
  packEntries: number;
}

/** Builds and writes everything; returns what was written. */
export async function runBuild(options: { quiet?: boolean } = {}): Promise<BuildReport> {
  const built = buildGazetteerData();
  const files = [writeWorldCache(built), writePack(built), ...writeBasemap(built)];
  const report = { files, worldEntries: built.world.entries.length, packEntries: built.pack.entries.length };
  if (!options.quiet) {
    console.log(`gazetteer: ${report.worldEntries} world entries, ${report.packEntries} in the browser pack`);
    const a = built.admin1;
    console.log(
      `  first-level divisions: ${a.divisions} (${a.shaped} with a derived shape); ` +
        `${a.unnamed.length} codes of places no source names (${a.unnamed.slice(0, 8).join(', ')}${a.unnamed.length > 8 ? ' …' : ''}), ` +
        `${a.unplaced.length} named divisions no place of ours lies in`,
    );
    const b = built.admin2;
    console.log(
      `  second-level divisions: ${b.divisions} (${b.seated} named after a town inside), ${b.unplaced} named divisions no place of ours lies in`,
    );
  }
  return report;
}
