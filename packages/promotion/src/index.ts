export * from './copy-model.js';
export * from './model-download.js';
export * from './model-location.js';
export * from './provenance.js';
export * from './source-version.js';
