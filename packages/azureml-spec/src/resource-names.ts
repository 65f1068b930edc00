/** Names Azure accepts for online endpoints and deployments, checked before anything is sent. */
import type { Field, SpecReader } from './spec-reader.js';

export interface NameRule {
  readonly what: string;
  readonly pattern: RegExp;
  readonly rule: string;
}

export const ENDPOINT_NAME: NameRule = {
  what: 'endpoint name',
  pattern: /^[a-zA-Z][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/,
  rule: '3-32 letters, digits and hyphens, starting with a letter and not ending with a hyphen',
};

export const DEPLOYMENT_NAME: NameRule = {
  what: 'deployment name',
  pattern: /^[a-zA-Z0-9][a-zA-Z0-9-]{1,30}[a-zA-Z0-9]$/,
  rule: '3-32 letters, digits and hyphens, starting with a letter or digit and not ending with a hyphen',
};

/** The field's string value (or `value`, for a mapping key) checked against the rule. */
export function resourceName(reader: SpecReader, field: Field | undefined, rule: NameRule, value?: string) {
  if (field === undefined) return undefined;
  const name = value ?? reader.string(field, `an ${rule.what}`);
  if (name === undefined) return undefined;
  if (!rule.pattern.test(name)) {
    reader.report(field, `'${name}' is not a valid ${rule.what}: use ${rule.rule}`);
    return;
  }
  return name;
}
