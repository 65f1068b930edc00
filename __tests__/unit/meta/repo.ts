/** The repository as the meta tests see it: its actions and their action.yml. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface ActionYmlInput {
  description?: unknown;
  required?: unknown;
  default?: unknown;
}

export interface ActionYml {
  name?: unknown;
  description?: unknown;
  author?: unknown;
  branding?: { icon?: unknown; color?: unknown };
  inputs?: Record<string, ActionYmlInput | null>;
  outputs?: Record<string, { description?: unknown } | null>;
  runs?: { using?: unknown; main?: unknown; post?: unknown; pre?: unknown };
}

/** The folders under actions/, sorted (the same list scripts/lib/actions.mjs builds from). */
export function listActions(): string[] {
  const dir = join(repoRoot, 'actions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export function actionDir(name: string): string {
  return join(repoRoot, 'actions', name);
}

export function readActionYml(name: string): ActionYml {
  return parse(readFileSync(join(actionDir(name), 'action.yml'), 'utf8')) as ActionYml;
}
