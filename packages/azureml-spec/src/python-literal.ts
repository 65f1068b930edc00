/** The text the CLI (Python) makes of a YAML scalar: str() of the value PyYAML loads. */
import type { Scalar } from 'yaml';

const FLOAT_SOURCE =
  /^[-+]?(\.(inf|nan)|[0-9_]*\.[0-9_]*([eE][-+]?[0-9]+)?|[0-9_]+[eE][-+]?[0-9]+|[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*)$/i;

/** `True`/`False` for booleans, `42` for integers, Python's repr for floats (`0.8`, `1.0`, `1e-05`, `inf`). */
export function pythonLiteral(scalar: Scalar): string {
  const value = scalar.value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') {
    const isFloat =
      scalar.source === undefined ? !Number.isInteger(value) : FLOAT_SOURCE.test(scalar.source.trim());
    if (!isFloat && Number.isInteger(value)) return BigInt(value).toString();
    return pythonFloat(value);
  }
  return String(value);
}

/** Python's repr of a float: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  const digits = mantissa.replace('-', '').replace('.', '');
  const sign = value < 0 ? '-' : '';
  if (exponent < -4 || exponent >= 16) {
    const shown = digits.length > 1 ? `${digits.slice(0, 1)}.${digits.slice(1)}` : digits;
    return `${sign}${shown}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction === '' ? '0' : fraction}`;
}
