/**
 * `@closedloop/core/csv`: datasets to and from CSV files, one file per entity. A subpath of
 * its own so the main entry stays free of the CSV parser.
 * @packageDocumentation
 */

export {
  type CsvReadResult,
  type CsvRowRejection,
  type CsvSource,
  csvToRecords,
  parseCsvRows,
  readCsvText,
} from './read-csv';
export {
  type CsvColumn,
  type CsvOptions,
  csvColumns,
  datasetToCsv,
  entityToCsv,
} from './write-csv';
