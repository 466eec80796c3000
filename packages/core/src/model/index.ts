export * from './dataset';
export * from './deals';
export * from './marketing';
export * from './parse-dataset';
export * from './people';
export * from './primitives';
export * from './sales';
export * from './vocabulary';
