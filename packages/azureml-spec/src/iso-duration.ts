/** ISO 8601 durations as ARM wants them, from the seconds and milliseconds CLI v2 YAML uses. */

const UNITS: readonly (readonly [string, number])[] = [
  ['H', 3_600_000],
  ['M', 60_000],
];

/** `PT10S`, `PT1M30S`, `PT0.5S`, `P1DT2H`, `PT0S` (as Python's isodate formats a timedelta, except zero). */
export function isoDurationFromMs(milliseconds: number): string {
  let rest = Math.round(milliseconds);
  const days = Math.floor(rest / 86_400_000);
  rest -= days * 86_400_000;
  let time = '';
  for (const [unit, size] of UNITS) {
    const count = Math.floor(rest / size);
    if (count > 0) time += `${count}${unit}`;
    rest -= count * size;
  }
  if (rest > 0) time += `${rest / 1000}S`;
  const date = days > 0 ? `${days}D` : '';
  if (date === '' && time === '') return 'PT0S';
  return `P${date}${time === '' ? '' : `T${time}`}`;
}

export function isoDurationFromSeconds(seconds: number): string {
  return isoDurationFromMs(seconds * 1000);
}
