/**
 * The read-only reference folder `shared/` (the official Azure ML OpenAPI specs, the azureml-examples CLI v2 YAML
 * files and the datasets the tests use). It sits beside the repository (`../shared`); AML_SHARED_DIR overrides it,
 * and /work/shared is where it is on the project's machines when the clone is elsewhere (e.g. /tmp/ci-clone).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function findSharedDir(): string {
  const candidates = [process.env.AML_SHARED_DIR, path.join(repoRoot, '..', 'shared'), '/work/shared'];
  const found = candidates.find(
    (dir): dir is string => dir !== undefined && dir !== '' && existsSync(path.join(dir, 'fixtures')),
  );
  if (found === undefined) {
    throw new Error(
      `The reference folder shared/ (fixtures, azure-specs) is not at ${candidates.filter(Boolean).join(' or ')}: ` +
        'clone the repository beside it, or set AML_SHARED_DIR.',
    );
  }
  return found;
}

export const SHARED_DIR = findSharedDir();

/** A path below shared/, e.g. sharedPath('fixtures', 'datasets'). */
export function sharedPath(...segments: string[]): string {
  return path.join(SHARED_DIR, ...segments);
}
