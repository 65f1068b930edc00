/**
 * The GitHub Actions OIDC token service, as @actions/core getIDToken calls it: GET {ACTIONS_ID_TOKEN_REQUEST_URL}
 * &audience=X with the job's request token → {"value": jwt}; plus the issuer's OpenID configuration and JWKS.
 */
import { randomUUID } from 'node:crypto';
import type { IdentityConfig } from '../config.js';
import type { EmuRequest, EmuResponse, EmulatorContext } from '../http-types.js';
import { bearerToken } from './access-token.js';
import { identityForRequestToken, jobFor } from './identity-state.js';
import { federatedSubject, githubIssuer } from './identity-urls.js';
import { publicJwks, signJwt } from './signing-keys.js';
import type { JWTPayload } from 'jose';

/** GitHub's OIDC tokens are valid for five minutes. */
const ID_TOKEN_LIFETIME_SECONDS = 300;
const WORKFLOW_PATH = '.github/workflows/deploy.yml';
const REF = 'refs/heads/main';

/** The claims GitHub puts in the OIDC token of a job that runs in the identity's environment. */
export function githubClaims(
  ctx: EmulatorContext,
  identity: IdentityConfig,
  audience: string | undefined,
): JWTPayload {
  const { repository } = ctx.state.config;
  const owner = repository.split('/')[0] ?? repository;
  const job = jobFor(ctx.state, identity);
  const iat = Math.floor(ctx.now().getTime() / 1000);
  const workflowRef = `${repository}/${WORKFLOW_PATH}@${REF}`;
  return {
    jti: randomUUID(),
    sub: federatedSubject(ctx.state.config, identity),
    aud: audience ?? `https://github.com/${owner}`,
    ref: REF,
    sha: job.sha,
    repository,
    repository_owner: owner,
    repository_visibility: 'private',
    run_id: job.runId,
    run_number: '1',
    run_attempt: '1',
    actor: owner,
    workflow: 'deploy',
    workflow_ref: workflowRef,
    workflow_sha: job.sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: job.sha,
    head_ref: '',
    base_ref: '',
    event_name: 'push',
    ref_type: 'branch',
    ref_protected: 'true',
    environment: identity.environment,
    runner_environment: 'github-hosted',
    iss: githubIssuer(ctx),
    nbf: iat,
    iat,
    exp: iat + ID_TOKEN_LIFETIME_SECONDS,
  };
}

export async function githubIdToken(req: EmuRequest, ctx: EmulatorContext): Promise<EmuResponse> {
  const token = bearerToken(req.headers.authorization);
  const identity = token ? identityForRequestToken(ctx.state, token) : undefined;
  if (!identity) {
    return {
      status: 401,
      body: {
        message:
          "The OIDC request token is missing or unknown. Send 'Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>' with the token of one of the emulator's identities (ready line: identities.<name>.env).",
      },
    };
  }
  const audience = req.url.searchParams.get('audience') ?? undefined;
  const value = await signJwt(ctx.state.identity.githubKey, githubClaims(ctx, identity, audience));
  return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: { value } };
}

export function githubOpenIdConfiguration(_req: EmuRequest, ctx: EmulatorContext): EmuResponse {
  const issuer = githubIssuer(ctx);
  return {
    status: 200,
    body: {
      issuer,
      jwks_uri: `${issuer}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: [
        'sub',
        'aud',
        'exp',
        'iat',
        'iss',
        'jti',
        'nbf',
        'ref',
        'sha',
        'repository',
        'repository_owner',
        'run_id',
        'actor',
        'workflow',
        'event_name',
        'ref_type',
        'environment',
        'job_workflow_ref',
      ],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    },
  };
}

export function githubJwks(_req: EmuRequest, ctx: EmulatorContext): EmuResponse {
  return { status: 200, body: publicJwks(ctx.state.identity.githubKey) };
}
