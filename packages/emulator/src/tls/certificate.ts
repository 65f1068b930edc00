/**
 * The emulator's TLS certificate: self-signed for 127.0.0.1/localhost/::1, kept in `dir` (the state dir's tls/
 * folder, or a temp folder) so restarts keep trusting the same file. Its path is NODE_EXTRA_CA_CERTS for clients.
 */
import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface TlsMaterial {
  cert: string;
  key: string;
  certFile: string;
  keyFile: string;
}

const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;
const VALIDITY_DAYS = 365;

export async function loadOrCreateCertificate(
  dir: string,
  log: (message: string) => void,
): Promise<TlsMaterial> {
  const certFile = join(dir, 'cert.pem');
  const keyFile = join(dir, 'key.pem');
  const existing = await readExisting(certFile, keyFile);
  if (existing && Date.parse(new X509Certificate(existing.cert).validTo) - Date.now() > RENEW_BEFORE_MS) {
    return { ...existing, certFile, keyFile };
  }
  if (existing) log(`azureml-emulator: the certificate in ${certFile} expires soon; generating a new one.`);
  const { cert, key } = await generateCertificate();
  await mkdir(dir, { recursive: true });
  await writeFile(keyFile, key, { mode: 0o600 });
  await writeFile(certFile, cert);
  return { cert, key, certFile, keyFile };
}

async function readExisting(
  certFile: string,
  keyFile: string,
): Promise<{ cert: string; key: string } | undefined> {
  try {
    return { cert: await readFile(certFile, 'utf8'), key: await readFile(keyFile, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function generateCertificate(): Promise<{ cert: string; key: string }> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + VALIDITY_DAYS * 24 * 60 * 60 * 1000);
  // Loaded only here: most starts reuse the saved certificate, and the library is not small.
  const { default: selfsigned } = await import('selfsigned');
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'azureml-emulator' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
