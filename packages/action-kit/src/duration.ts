/** Durations as users write them in workflows: `90s`, `10m`, `1h30m`, `500ms`, or a plain number of seconds. */

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;

export const DURATION_EXPECTED =
  'a duration like 90s, 10m or 1h30m (units d, h, m, s, ms; a plain number is seconds)';

/** Milliseconds for a duration text, or undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const compact = text.trim().toLowerCase().replace(/\s+/g, '');
  if (compact === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(compact)) return Math.round(Number(compact) * 1000);
  PART.lastIndex = 0;
  let total = 0;
  let end = 0;
  for (let match = PART.exec(compact); match !== null; match = PART.exec(compact)) {
    total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? Number.NaN);
    end = PART.lastIndex;
  }
  return end === compact.length && Number.isFinite(total) ? Math.round(total) : undefined;
}

/** A compact human form: `1h30m`, `45s`, `250ms`, `2m5s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  let rest = Math.round(ms / 1000);
  const parts: string[] = [];
  for (const [unit, seconds] of [
    ['d', 86_400],
    ['h', 3600],
    ['m', 60],
  ] as const) {
    if (rest >= seconds) {
      parts.push(`${Math.floor(rest / seconds)}${unit}`);
      rest %= seconds;
    }
  }
  if (rest > 0 || parts.length === 0) parts.push(`${rest}s`);
  return parts.join('');
}

/** `mm:ss` (or `h:mm:ss` past an hour) for elapsed-time prefixes in progress lines. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}
