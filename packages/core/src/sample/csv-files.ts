import { datasetToCsv } from '../csv/write-csv';
import type { EntityName } from '../model/dataset';
import { generateSampleDataset } from './index';

/** The seed and scale of the committed CSV files in `data/sample/`. */
export const SAMPLE_CSV_OPTIONS = Object.freeze({ seed: 1, scale: 1 });

/**
 * The committed sample CSVs as `{ 'people.csv': text, … }`: the default dataset written
 * with `datasetToCsv`. The regeneration script writes these; a test checks the committed
 * files still equal them, so they cannot drift from the generator.
 */
export function sampleCsvFiles(): Record<`${EntityName}.csv`, string> {
  const csv = datasetToCsv(generateSampleDataset(SAMPLE_CSV_OPTIONS));
  const files = {} as Record<`${EntityName}.csv`, string>;
  for (const [entity, text] of Object.entries(csv) as [EntityName, string][]) {
    files[`${entity}.csv`] = text;
  }
  return files;
}
