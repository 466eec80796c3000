export { CsvFileServer } from './csv-file-server';
export { csvFilesFromDirectory } from './csv-files';
