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

// 4. Azure Storage authorizes Entra tokens by data role (Storage Blob Data Reader: read and list; Contributor: also
//    write); Azurite's `--oauth basic` checks only the token's issuer, audience and lifetime. After its check passes,
//    look up the token's principal (oid) in the roles the emulator passed for the account, and answer as Storage
//    does when the role is missing or too weak: 403 AuthorizationPermissionMismatch.
const blobRoles = JSON.parse(process.env.AZUREML_EMULATOR_BLOB_ROLES ?? '{}');
const tokenAuthenticator = require(
  path.join(azuriteDir, 'authentication', 'BlobTokenAuthenticator.js'),
).default;
const storageErrors = require(path.join(azuriteDir, 'errors', 'StorageErrorFactory.js')).default;
const BlobContext = require(path.join(azuriteDir, 'context', 'BlobStorageContext.js')).default;
const validateToken = tokenAuthenticator.prototype.validate;
tokenAuthenticator.prototype.validate = async function validate(req, context) {
  const passed = await validateToken.call(this, req, context);
  if (passed !== true) return passed;
  const token = (req.getHeader('authorization') ?? '').replace(/^Bearer\s+/i, '');
  let principal = '';
  try {
    principal = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).oid ?? '';
  } catch {
    principal = '';
  }
  const role = blobRoles[new BlobContext(context).account]?.[principal];
  const reads = ['GET', 'HEAD'].includes(req.getMethod().toUpperCase());
  if (role === 'writer' || (role === 'reader' && reads)) return true;
  throw storageErrors.getAuthorizationPermissionMismatch(new BlobContext(context).contextId);
};
