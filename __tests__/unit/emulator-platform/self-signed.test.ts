import { describe, expect, it } from '@jest/globals';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { createSecureContext } from 'node:tls';
import { once } from 'node:events';
import { createServer, get } from 'node:https';
import type { AddressInfo } from 'node:net';
import { selfSignedCertificate } from '../../../packages/emulator/src/tls/self-signed.js';

const notBefore = new Date('2026-05-04T10:00:00Z');
const options = {
  commonName: 'azureml-emulator',
  notBefore,
  notAfter: new Date('2027-05-04T10:00:00Z'),
  dnsNames: ['localhost'],
  ips: ['127.0.0.1', '::1', '2001:db8::8:800:200c:417a'],
};

describe('selfSignedCertificate', () => {
  it('makes a CA and server certificate for the given names, signed by its own key', () => {
    const { cert, key } = selfSignedCertificate(options);
    const x509 = new X509Certificate(cert);
    expect(x509.subject).toBe('CN=azureml-emulator');
    expect(x509.issuer).toBe('CN=azureml-emulator');
    expect(x509.ca).toBe(true);
    expect(x509.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
    expect(x509.subjectAltName).toBe(
      'DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1, IP Address:2001:DB8:0:0:8:800:200C:417A',
    );
    expect(new Date(x509.validFrom)).toEqual(notBefore);
    expect(new Date(x509.validTo)).toEqual(options.notAfter);
    expect(x509.verify(x509.publicKey)).toBe(true);
    expect(x509.checkPrivateKey(createPrivateKey(key))).toBe(true);
    expect(x509.publicKey.asymmetricKeyDetails).toEqual({ namedCurve: 'prime256v1' });
    expect(x509.serialNumber).toMatch(/^[4-7][0-9A-F]{31}$/);
  });

  it('encodes every random serial number as OpenSSL accepts it (minimal DER integer)', () => {
    // A serial starting with a zero byte used to be written with it, which OpenSSL refuses ("illegal padding"):
    // one certificate in 256. A thousand fresh ones all load into a TLS context.
    for (let i = 0; i < 1000; i++) {
      const { cert, key } = selfSignedCertificate(options);
      expect(() => createSecureContext({ cert, key })).not.toThrow();
    }
  });

  it('writes dates from 2050 on as GeneralizedTime', () => {
    const { cert } = selfSignedCertificate({ ...options, notAfter: new Date('2051-01-02T03:04:05Z') });
    expect(new Date(new X509Certificate(cert).validTo)).toEqual(new Date('2051-01-02T03:04:05Z'));
  });

  it('serves TLS that a client trusting only this certificate accepts, by IP and by name', async () => {
    const { cert, key } = selfSignedCertificate({ ...options, notBefore: new Date(Date.now() - 60_000) });
    const server = createServer({ cert, key }, (_req, res) => {
      res.end('ok');
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const fetchText = (host: string): Promise<string> =>
      new Promise((resolve, reject) => {
        get(
          { host: '127.0.0.1', servername: host === '127.0.0.1' ? undefined : host, port, ca: cert },
          (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => {
              resolve(body);
            });
          },
        ).on('error', reject);
      });
    try {
      expect(await fetchText('127.0.0.1')).toBe('ok');
      expect(await fetchText('localhost')).toBe('ok');
    } finally {
      server.close();
      server.closeAllConnections();
    }
  });
});
