export type { ComparisonSide } from './compare-datasets';
export { compareDatasets } from './compare-datasets';
export type {
  AdapterConformanceOptions,
  ConformanceAdapterSettings,
  ConformanceMutableEntity,
  ConformanceServer,
  OddDataQuirks,
} from './conformance-server';
export { type FaultScenario, faultScenarios } from './fault-scenarios';
export { runAdapterConformance } from './run-adapter-conformance';
export { tinyCrmDataset } from './tiny-dataset';
