import { describe, expect, it, jest } from '@jest/globals';
import { githubCore, githubLogger, maskSecret, recordingLogger, secretForms } from '@aml-actions/action-kit';

const b64 = (text: string): string => Buffer.from(text).toString('base64');
const b64url = (text: string): string => Buffer.from(text).toString('base64url');

/** The values of `::add-mask::` commands githubCore prints while masking `value` (as @actions/core would). */
function addMaskCommands(value: string): string[] {
  const printed: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    maskSecret(githubLogger(githubCore()), value);
  } finally {
    spy.mockRestore();
  }
  return printed
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length));
}

describe('maskSecret emits ::add-mask:: for every derived form (runner protocol)', () => {
  const secret = 'p@ss/w+rd"1';
  const jwtParts = ['eyJhbGciOiJSUzI1NiJ9', 'eyJzdWIiOiJyZXBvOmNvbnRvc28vY2h1cm4ifQ', 'c2lnbmF0dXJlLWJ5dGVz'];
  const jwt = jwtParts.join('.');
  const accountKey = 'QUJDREVGR0hJSktMTU5PUA==';
  const connection = `DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${accountKey};EndpointSuffix=core.windows.net`;
  const sig = 'sv%2Bsig%3D%3D';
  const sas = `https://acct.blob.core.windows.net/c/b?sv=2024-08-04&se=2030-01-01&sr=b&sp=r&sig=${sig}`;

  it.each<[string, string, string[]]>([
    [
      'plain value with characters that encode differently',
      secret,
      [secret, b64(secret), b64url(secret), encodeURIComponent(secret), 'p@ss/w+rd\\"1', `Bearer ${secret}`],
    ],
    ['base64 without padding', 'ab', ['ab', 'YWI=', 'YWI', 'Bearer ab']],
    ['JWT and each of its parts', jwt, [jwt, `Bearer ${jwt}`, ...jwtParts, ...jwtParts.map(b64)]],
    [
      'connection string AccountKey',
      connection,
      [connection, accountKey, b64(accountKey), encodeURIComponent(accountKey)],
    ],
    ['SAS URL sig, encoded and decoded', sas, [sas, sig, 'sv+sig==', encodeURIComponent(sas)]],
    [
      'multi-line secret line by line',
      'line-one\nline-two',
      ['line-one', 'line-two', b64('line-one\nline-two')],
    ],
  ])('%s', (_label, value, expected) => {
    const masked = addMaskCommands(value);
    for (const form of expected) expect(masked).toContain(form.replace(/%/g, '%25'));
  });

  it('escapes % in add-mask commands as the runner expects', () => {
    expect(addMaskCommands('a%b')).toContain('a%25b');
  });
});

describe('secretForms', () => {
  it('has no duplicates or empty forms, and ignores non-sensitive components', () => {
    const forms = secretForms('AccountName=acct;AccountKey=k3y;EndpointSuffix=core.windows.net');
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms).not.toContain('');
    expect(forms).toContain('k3y');
    expect(forms).not.toContain('acct');
    expect(forms).not.toContain('core.windows.net');
  });

  it('masks through any Logger', () => {
    const log = recordingLogger();
    maskSecret(log, 'tok');
    expect(log.masked).toEqual(secretForms('tok'));
    expect(log.masked).toEqual(expect.arrayContaining(['tok', 'dG9r', 'Bearer tok']));
  });
});
