/**
 * The champion a challenger is compared with: `compare-to` names it as `latest`, a version (`3`), or a tag
 * (`stage=production`: the latest version carrying it). Versions holding the challenger's own content are never
 * their own champion, so re-running a registration compares against the model it would replace.
 */
import type { ModelVersion } from '@azure/arm-machinelearning';
import { UserError } from '@aml-actions/action-kit';
import type { Champion } from './gates.js';
import { metricsFromProperties } from './metrics.js';
import { getVersion, latestOf, listVersions, sameContent, type ModelRegistry } from './model-versions.js';

export type CompareTo =
  { kind: 'latest' } | { kind: 'version'; version: string } | { kind: 'tag'; key: string; value: string };

export function parseCompareTo(text: string): CompareTo {
  const value = text.trim();
  if (value === 'latest') return { kind: 'latest' };
  const equals = value.indexOf('=');
  if (equals === -1) {
    if (/^[A-Za-z0-9][\w.-]*$/.test(value)) return { kind: 'version', version: value };
  } else if (equals > 0 && equals < value.length - 1 && !/[,\s]/.test(value)) {
    return { kind: 'tag', key: value.slice(0, equals), value: value.slice(equals + 1) };
  }
  throw new UserError(
    `compare-to: '${text}' is not a champion reference. Use 'latest', a version such as '3', or a tag such as 'stage=production'.`,
  );
}

export function describeCompareTo(compareTo: CompareTo): string {
  switch (compareTo.kind) {
    case 'latest':
      return 'the latest version';
    case 'version':
      return `version ${compareTo.version}`;
    case 'tag':
      return `the latest version tagged ${compareTo.key}=${compareTo.value}`;
  }
}

/** The champion's version and metrics; undefined when there is none yet (first model, or no version with the tag). */
export async function findChampion(
  registry: ModelRegistry,
  name: string,
  compareTo: CompareTo,
  challengerHash: string,
): Promise<Champion | undefined> {
  let champion: ModelVersion | undefined;
  if (compareTo.kind === 'version') {
    champion = await getVersion(registry, name, compareTo.version);
    if (!champion) {
      throw new UserError(
        `compare-to: model '${name}' has no version ${compareTo.version} in workspace '${registry.workspace}'. Name an existing version, 'latest', or a tag such as stage=production.`,
        { kind: 'not-found' },
      );
    }
  } else {
    const filter = compareTo.kind === 'tag' ? `${compareTo.key}=${compareTo.value}` : undefined;
    const versions = await listVersions(registry, name, filter);
    champion = latestOf(
      versions.filter(
        (version) =>
          !version.properties.isArchived &&
          !sameContent(version, challengerHash) &&
          (compareTo.kind !== 'tag' || version.properties.tags?.[compareTo.key] === compareTo.value),
      ),
    );
  }
  return champion
    ? { version: champion.name ?? '?', metrics: metricsFromProperties(champion.properties.properties) }
    : undefined;
}
