export {
  type DatasetIndexPart,
  type DatasetIndexReport,
  indexDataset,
} from './index-dataset';
export { INDEXED_ANALYSES, IndexDatasetOptions, type IndexedAnalysis } from './options';
