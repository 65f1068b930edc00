export * from './asset-resolver.js';
export * from './bounded-pool.js';
export * from './content-hash.js';
export * from './content-upload.js';
export * from './http-status.js';
export * from './ignore-rules.js';
export * from './lineage.js';
export * from './transfer-progress.js';
