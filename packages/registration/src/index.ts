export * from './champion.js';
export * from './gates.js';
export * from './metrics.js';
export * from './model-request.js';
export * from './model-versions.js';
export * from './register-model.js';
