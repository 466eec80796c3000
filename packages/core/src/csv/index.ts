/**
 * `@closedloop/core/csv`: datasets to and from CSV files, one file per entity, and the CSV
 * adapter that reads them and CRM exports (HubSpot, Salesforce, Pipedrive) through column mappings. A subpath of
 * its own so the main entry stays free of the CSV parser.
 * @packageDocumentation
 */

export {
  type CsvAdapter,
  type CsvAdapterOptions,
  type CsvFileInput,
  createCsvAdapter,
} from './csv-adapter';
export {
  type CsvExportMapping,
  type CsvFieldSource,
  type CsvRow,
  mapCsvExport,
} from './csv-export-mapping';
export { exportAmount, exportDate, exportInstant } from './export-values';
export {
  type CsvFault,
  type CsvLine,
  type CsvReadResult,
  type CsvRowRejection,
  type CsvSource,
  csvToRecords,
  parseCsvRows,
  readCsvText,
} from './read-csv';
export {
  HUBSPOT_EXPORT_LIFECYCLE,
  HUBSPOT_EXPORT_SOURCES,
  hubspotContactsExport,
  hubspotDealsExport,
  pipedriveDealsExport,
  pipedrivePeopleExport,
  salesforceLeadsReport,
  salesforceOpportunitiesReport,
} from './vendor-exports';
export {
  type CsvColumn,
  type CsvOptions,
  csvColumns,
  datasetToCsv,
  entityToCsv,
} from './write-csv';
