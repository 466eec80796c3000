import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENTITY_NAMES, type EntityName } from '@closedloop/core';

/**
 * Node helper: the `<entity>.csv` files of a directory (e.g. `data/sample`), as
 * `createCsvAdapter({ files })` takes them; entities without a file are left out. Each
 * sync reads the files afresh. (The adapter itself reads text, Blobs and streams, so it
 * also runs in browsers; this is the path-based way in for Node scripts and tests.)
 */
export function csvFilesFromDirectory(
  directory: string,
): Partial<Record<EntityName, () => Promise<string>>> {
  const files: Partial<Record<EntityName, () => Promise<string>>> = {};
  for (const entity of ENTITY_NAMES) {
    const path = join(directory, `${entity}.csv`);
    if (existsSync(path)) files[entity] = () => readFile(path, 'utf8');
  }
  return files;
}
