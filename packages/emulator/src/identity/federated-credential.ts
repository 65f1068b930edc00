/**
 * Workload identity federation: an app trusts the GitHub OIDC issuer for one subject (its environment) and the
 * audience api://AzureADTokenExchange. A client assertion is checked as Entra checks it, with Entra's AADSTS wording.
 */
import type { IdentityConfig } from '../config.js';
import type { EmulatorContext } from '../http-types.js';
import type { EntraFailure } from './entra-errors.js';
import { entraInstant } from './entra-errors.js';
import { TOKEN_EXCHANGE_AUDIENCE, federatedSubject, githubIssuer } from './identity-urls.js';
import { verifyJwt } from './signing-keys.js';

export interface FederatedCredential {
  issuer: string;
  subject: string;
  audiences: string[];
}

const DOCS = 'https://learn.microsoft.com/entra/workload-id/workload-identity-federation';
const CHECK =
  'Check your federated identity credential Subject, Audience and Issuer against the presented assertion.';

export function federatedCredentials(ctx: EmulatorContext, identity: IdentityConfig): FederatedCredential[] {
  return [
    {
      issuer: githubIssuer(ctx),
      subject: federatedSubject(ctx.state.config, identity),
      audiences: [TOKEN_EXCHANGE_AUDIENCE],
    },
  ];
}

function invalidClient(code: number, description: string): EntraFailure {
  return { status: 401, error: 'invalid_client', code, description };
}

function subjectMismatch(subject: string, credentials: FederatedCredential[]): EntraFailure {
  const caseOnly = credentials.some(
    (credential) => credential.subject.toLowerCase() === subject.toLowerCase(),
  );
  return caseOnly
    ? invalidClient(
        7002138,
        `No matching federated identity record found for presented assertion subject '${subject}'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. ${CHECK} See documentation at: ${DOCS}.`,
      )
    : invalidClient(
        700213,
        `No matching federated identity record found for presented assertion subject '${subject}'. ${CHECK} ${DOCS}`,
      );
}

/** Undefined when the assertion lets `identity` in; otherwise the failure Entra reports. */
export function checkClientAssertion(
  ctx: EmulatorContext,
  identity: IdentityConfig,
  assertion: string,
): EntraFailure | undefined {
  const checked = verifyJwt(assertion, [ctx.state.identity.githubKey]);
  if (!checked.ok && checked.reason === 'malformed') {
    return invalidClient(50027, 'JWT token is invalid or malformed.');
  }
  const payload = checked.payload ?? {};
  const credentials = federatedCredentials(ctx, identity);
  const issuer = payload.iss ?? '';
  const byIssuer = credentials.filter((credential) => credential.issuer === issuer);
  if (byIssuer.length === 0) {
    return invalidClient(
      700211,
      `No matching federated identity record found for presented assertion issuer '${issuer}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${DOCS}`,
    );
  }
  if (!checked.ok) return invalidClient(700027, 'Client assertion failed signature validation.');
  const now = ctx.now();
  const seconds = now.getTime() / 1000;
  const { nbf, exp } = payload;
  if (typeof exp !== 'number' || exp <= seconds || (typeof nbf === 'number' && nbf > seconds)) {
    const validFrom = new Date((typeof nbf === 'number' ? nbf : 0) * 1000);
    const expiry = new Date((typeof exp === 'number' ? exp : 0) * 1000);
    return invalidClient(
      700024,
      `Client assertion is not within its valid time range. Current time: ${entraInstant(now)}, assertion valid from ${entraInstant(validFrom)}, expiry time of assertion ${entraInstant(expiry)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
    );
  }
  const subject = payload.sub ?? '';
  const bySubject = byIssuer.filter((credential) => credential.subject === subject);
  if (bySubject.length === 0) return subjectMismatch(subject, byIssuer);
  const audiences = typeof payload.aud === 'string' ? [payload.aud] : (payload.aud ?? []);
  if (
    !bySubject.some((credential) => credential.audiences.some((audience) => audiences.includes(audience)))
  ) {
    return invalidClient(
      700212,
      `No matching federated identity record found for presented assertion audience '${audiences.join(',')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. ${DOCS}`,
    );
  }
  return undefined;
}
