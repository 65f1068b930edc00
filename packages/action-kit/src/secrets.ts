/**
 * Masking a secret and every form of it that could reach a log: encodings, headers, the parts of a JWT,
 * and the sensitive components of connection strings and SAS URLs.
 */
import type { Logger } from './logger.js';

/** Connection-string / SAS / URL components whose values are secrets (case-insensitive). */
const SENSITIVE_KEYS = new Set([
  'accountkey',
  'sharedaccesskey',
  'sharedaccesssignature',
  'sig',
  'password',
  'pwd',
  'client_secret',
  'clientsecret',
  'token',
  'access_token',
  'refresh_token',
]);

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function safeDecodeURIComponent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The encoded forms of one text: itself, base64 (padded and base64url), URL-encoded, JSON-escaped, `Bearer …`. */
function encodedForms(text: string): string[] {
  const b64 = base64(text);
  return [
    text,
    b64,
    b64.replace(/=+$/, ''),
    Buffer.from(text, 'utf8').toString('base64url'),
    encodeURIComponent(text),
    JSON.stringify(text).slice(1, -1),
    `Bearer ${text}`,
  ];
}

/** Values of sensitive `key=value` components, split on `;`, `&` and `?` (connection strings, SAS, URLs). */
function sensitiveComponents(value: string): string[] {
  const found: string[] = [];
  for (const part of value.split(/[;&?\s]/)) {
    const equals = part.indexOf('=');
    if (equals <= 0) continue;
    const key = part.slice(0, equals).trim().toLowerCase();
    const component = part.slice(equals + 1).trim();
    if (SENSITIVE_KEYS.has(key) && component !== '') {
      found.push(component);
      const decoded = safeDecodeURIComponent(component);
      if (decoded !== component) found.push(decoded);
    }
  }
  return found;
}

/** Every form of `value` that must be masked (without duplicates or empty strings). */
export function secretForms(value: string): string[] {
  const sources = [value, ...value.split(/\r?\n/).map((line) => line.trim())];
  if (JWT.test(value)) sources.push(...value.split('.'));
  sources.push(...sensitiveComponents(value));
  const forms = new Set<string>();
  for (const source of sources) {
    if (source === '') continue;
    for (const form of encodedForms(source)) if (form !== '') forms.add(form);
  }
  return [...forms];
}

/** Masks `value` and every derived form (see secretForms) through the logger (core.setSecret on the runner). */
export function maskSecret(log: Logger, value: string): void {
  for (const form of secretForms(value)) log.mask(form);
}
