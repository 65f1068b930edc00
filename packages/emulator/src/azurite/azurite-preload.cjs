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

// 3. psl (the public suffix list, which tough-cookie requires for @azure/ms-rest-js) compiles its ~10,000 rules when
//    loaded, about a tenth of Azurite's start-up; it is only consulted when a cookie is set, which the blob service
//    never does. Load it on first use instead. When the layout of the install differs, nothing is deferred.
const lazyPsl = (() => {
  try {
    const toughCookie = require.resolve('tough-cookie', { paths: [azuriteDir] });
    return require.resolve('psl', { paths: [path.dirname(toughCookie)] });
  } catch {
    return undefined;
  }
})();
if (lazyPsl !== undefined) {
  let real;
  const load = () => {
    if (real === undefined) {
      delete require.cache[lazyPsl];
      real = require(lazyPsl);
    }
    return real;
  };
  const deferred = new Module(lazyPsl);
  deferred.filename = lazyPsl;
  deferred.loaded = true;
  deferred.exports = new Proxy(
    {},
    {
      get: (_target, property) => load()[property],
      has: (_target, property) => property in load(),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_target, property) => {
        const descriptor = Reflect.getOwnPropertyDescriptor(load(), property);
        return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
      },
    },
  );
  require.cache[lazyPsl] = deferred;
}
