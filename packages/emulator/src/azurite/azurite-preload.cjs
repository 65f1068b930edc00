// Preloaded into the Azurite child process (node --require), before Azurite's own code.
'use strict';
const Module = require('node:module');
const path = require('node:path');

// 1. Never outlive the emulator: when its IPC channel closes (the emulator stopped or died), shut down through
//    Azurite's own SIGTERM handler, so no orphaned Azurite keeps a port or a lock.
process.once('disconnect', () => {
  process.kill(process.pid, 'SIGTERM');
});

// 2. Telemetry is off (--disableTelemetry), so Azurite never calls its telemetry SDK; but merely loading it
//    (applicationinsights hooks every later require) costs about a third of Azurite's start-up. Put an inert module
//    in its place; any use of it throws, and Azurite's telemetry code catches and logs that.
const azuriteDir = path.dirname(process.argv[1] ?? '.');
const resolved = require.resolve('applicationinsights', { paths: [azuriteDir] });
const stub = new Module(resolved);
stub.filename = resolved;
stub.loaded = true;
stub.exports = new Proxy(
  {},
  {
    get(_target, property) {
      throw new Error(`applicationinsights.${String(property)} is unavailable: telemetry is disabled`);
    },
  },
);
require.cache[resolved] = stub;
