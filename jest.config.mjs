/**
 * Jest in ESM mode: run with NODE_OPTIONS=--experimental-vm-modules (see package.json).
 * ts-jest transpiles each file without type-checking it (tsconfig.json sets isolatedModules, which makes ts-jest
 * use transpileModule): `npm run lint` runs tsc over everything, so the tests stay fast.
 */
const common = {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } },
    ],
  },
};

export default {
  // Two cores: two workers keep both busy while integration tests wait on child processes and sockets.
  maxWorkers: 2,
  // A worker that finished leaves no handle open, but tearing down its heap (hundreds of MB of module registries)
  // takes 0.4-1.3 s on this busy 2-core machine, past jest's default 500 ms, after which jest reports "a worker
  // process has failed to exit gracefully". A real leak (a timer, socket or child left running) still gets that
  // report, after this longer wait.
  workerGracefulExitTimeout: 5000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'],
    },
  ],
};
