export {
  type DatasetIndexPart,
  type DatasetIndexReport,
  indexDataset,
} from './index-dataset';
export { INDEXED_ANALYSES, type IndexDatasetOptions, type IndexedAnalysis } from './options';
