/** Identity state: the signing keys of the Entra authority and of the GitHub OIDC issuer, and one simulated job per identity. */
import { randomBytes, randomInt } from 'node:crypto';
import type { EmulatorConfig, IdentityConfig } from '../config.js';
import type { EmulatorState } from '../state/types.js';
import { generateSigningKey } from './signing-keys.js';
import type { SigningKey } from './signing-keys.js';

/** The GitHub Actions job an identity's OIDC request token stands for. */
export interface GithubJob {
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN: the bearer token the job presents to the OIDC token service. */
  requestToken: string;
  runId: string;
  /** Commit the job runs on (40 hex digits). */
  sha: string;
}

export interface IdentityState {
  /** Signs the access tokens the authority issues. */
  authorityKey: SigningKey;
  /** Signs the GitHub OIDC tokens. */
  githubKey: SigningKey;
  /** Identity name → its job. */
  jobs: Record<string, GithubJob>;
}

function newJob(): GithubJob {
  return {
    requestToken: randomBytes(32).toString('base64url'),
    runId: String(randomInt(1_000_000_000, 9_999_999_999)),
    sha: randomBytes(20).toString('hex'),
  };
}

export async function createIdentityState(
  config: Pick<EmulatorConfig, 'identities'>,
): Promise<IdentityState> {
  const [authorityKey, githubKey] = await Promise.all([
    generateSigningKey('ES256'),
    generateSigningKey('RS256'),
  ]);
  return {
    authorityKey,
    githubKey,
    jobs: Object.fromEntries(config.identities.map((identity) => [identity.name, newJob()])),
  };
}

/** The identity's job; an identity added to the config after the state was saved gets one now. */
export function jobFor(state: EmulatorState, identity: IdentityConfig): GithubJob {
  const existing = state.identity.jobs[identity.name];
  if (existing) return existing;
  const job = newJob();
  state.identity.jobs[identity.name] = job;
  state.markDirty();
  return job;
}

/** The identity whose job holds this request token, if any. */
export function identityForRequestToken(state: EmulatorState, token: string): IdentityConfig | undefined {
  const name = Object.entries(state.identity.jobs).find(([, job]) => job.requestToken === token)?.[0];
  return state.config.identities.find((identity) => identity.name === name);
}
