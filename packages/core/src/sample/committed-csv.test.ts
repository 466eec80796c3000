import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES } from '../model/dataset';
import { sampleCsvFiles } from './csv-files';

const dir = fileURLToPath(new URL('../../../../data/sample/', import.meta.url));

// The committed CSVs are the default dataset; regenerate with `pnpm --filter @closedloop/core
// sample:csv` whenever the generator changes on purpose.
describe('data/sample/*.csv', () => {
  const expected = sampleCsvFiles();

  it('holds one file per entity plus the README, nothing else', () => {
    const names = readdirSync(dir).sort();
    expect(names).toEqual([...ENTITY_NAMES.map((e) => `${e}.csv`), 'README.md'].sort());
  });

  it.each(Object.keys(expected))('%s equals a fresh generation', (name) => {
    const committed = readFileSync(`${dir}${name}`, 'utf8');
    const fresh = expected[name as keyof typeof expected];
    if (committed !== fresh) {
      const a = committed.split('\n');
      const b = fresh.split('\n');
      const line = a.findIndex((l, i) => l !== b[i]);
      expect.fail(
        `${name} drifted from the generator at line ${line + 1} (run the sample:csv script)\n` +
          `committed: ${a[line]}\nfresh:     ${b[line]}`,
      );
    }
  });
});
