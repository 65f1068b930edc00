/**
 * The emulator's TLS certificate: self-signed for 127.0.0.1/localhost/::1, kept in `dir` (the state dir's tls/
 * folder, or a temp folder) so restarts keep trusting the same file. Its path is NODE_EXTRA_CA_CERTS for clients.
 */
import { X509Certificate } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { selfSignedCertificate } from './self-signed.js';

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
  const { cert, key } = generateCertificate();
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

function generateCertificate(): { cert: string; key: string } {
  const notBefore = new Date(Date.now() - 60_000);
  return selfSignedCertificate({
    commonName: 'azureml-emulator',
    notBefore,
    notAfter: new Date(notBefore.getTime() + VALIDITY_DAYS * 24 * 60 * 60 * 1000),
    dnsNames: ['localhost'],
    ips: ['127.0.0.1', '::1'],
  });
}
