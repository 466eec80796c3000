export { type BandEdge, type BandShare, bandShares } from './bands';
export { type Percentiles, percentiles, quantileSorted } from './quantiles';
