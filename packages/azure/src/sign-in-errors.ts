/**
 * @azure/identity failures as readable sentences and UserErrors (kind `permission`): which credentials were tried,
 * what each said, and how to configure sign-in. Without this, a job with no working credential ends as "a bug".
 */
import { UserError, errorMessage } from '@aml-actions/action-kit';

/** Recognised by name: an instanceof check fails across copies of @azure/identity (bundles, nested installs). */
const SIGN_IN_ERRORS = new Set([
  'AuthenticationError',
  'AuthenticationRequiredError',
  'CredentialUnavailableError',
  'AggregateAuthenticationError',
]);

const SIGN_IN_SETUP = [
  'Configure one of:',
  "  - GitHub OIDC (recommended): set the inputs 'client-id' and 'tenant-id' (or AZURE_CLIENT_ID / AZURE_TENANT_ID) " +
    'of an Entra app registration or managed identity that has a federated credential for this repository, and give ' +
    "the job 'permissions: id-token: write'.",
  '  - azure/login: run the azure/login action in the job before this step; its Azure CLI session is used.',
  "  - A client secret: set AZURE_CLIENT_SECRET (from a GitHub secret) together with 'client-id' and 'tenant-id'.",
].join('\n');

const AADSTS_HINTS: Record<string, string> = {
  '700213':
    "Entra ID has no federated credential matching this job's GitHub token. Add one to the app registration with issuer " +
    'https://token.actions.githubusercontent.com, audience api://AzureADTokenExchange and subject ' +
    'repo:OWNER/REPO:environment:NAME (jobs with an environment) or repo:OWNER/REPO:ref:refs/heads/BRANCH.',
  '700016': "The application ('client-id') was not found in the tenant ('tenant-id'): check both values.",
  '7000215': 'The client secret (AZURE_CLIENT_SECRET) is wrong or expired: create a new one.',
  '7000222': 'The client secret (AZURE_CLIENT_SECRET) expired: create a new one.',
  '90002': "The tenant ('tenant-id') does not exist: check the value.",
};

export function isSignInError(e: unknown): e is Error {
  return e instanceof Error && SIGN_IN_ERRORS.has(e.name);
}

/** The first line of an inner error, without its troubleshooting link (the setup text says what to do). */
function innerLine(inner: unknown): string {
  const first = errorMessage(inner).split('\n')[0] ?? '';
  return first.replace(/\s*To (?:troubleshoot|mitigate this issue),.*$/i, '').trim();
}

interface Described {
  lines: string[];
  /** No credential could be used at all (as opposed to one that signed in and was refused). */
  unavailable: boolean;
}

function describe(e: unknown): Described | undefined {
  if (!isSignInError(e)) return undefined;
  if (e.name === 'AggregateAuthenticationError') {
    const errors = (e as Error & { errors?: unknown[] }).errors ?? [];
    return {
      lines: [
        'Azure sign-in failed: no Azure credential could get a token. Tried:',
        ...errors.map((inner) => `  - ${innerLine(inner)}`),
      ],
      unavailable: true,
    };
  }
  const aadsts = /AADSTS(\d+)/.exec(e.message)?.[1];
  const hint = aadsts === undefined ? undefined : AADSTS_HINTS[aadsts];
  return {
    lines: [`Azure sign-in failed: ${e.message.trim()}`, ...(hint === undefined ? [] : [`Hint: ${hint}`])],
    unavailable: e.name === 'CredentialUnavailableError',
  };
}

/**
 * A readable text for an @azure/identity failure, or undefined for other errors: what each credential of a chain
 * said, an AADSTS hint, and when no credential was available, how to configure sign-in.
 */
export function signInFailure(e: unknown): string | undefined {
  const described = describe(e);
  if (described === undefined) return undefined;
  return [...described.lines, ...(described.unavailable ? [SIGN_IN_SETUP] : [])].join('\n');
}

/** What the credential chain considered: the one it chose, and why it passed over the ones before it. */
export interface SignInAttempt {
  /** One line for the log: which credential and why. Never contains a secret. */
  description: string;
  /** The credentials of the chain passed over before the chosen one, each with the reason. */
  skipped: string[];
}

/**
 * A UserError (kind `permission`) for a sign-in failure of the credential the chain chose, naming it and the
 * credentials it passed over; undefined for other errors (aborts, bugs), which the caller rethrows as they are.
 */
export function signInError(e: unknown, attempt: SignInAttempt): UserError | undefined {
  if (e instanceof UserError) return e;
  const described = describe(e);
  if (described === undefined) return undefined;
  const lines = [
    ...described.lines,
    `Credential used: ${attempt.description}`,
    ...(attempt.skipped.length === 0 ? [] : ['Passed over, in the sign-in order of the suite:']),
    ...attempt.skipped.map((line) => `  - ${line}`),
    ...(described.unavailable ? [SIGN_IN_SETUP] : []),
  ];
  return new UserError(lines.join('\n'), { kind: 'permission', cause: e });
}
