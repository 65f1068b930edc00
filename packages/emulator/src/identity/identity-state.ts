/** Identity state. Owned by identity/. Placeholder shape until the identity module lands. */
export interface IdentityState {
  /** Signing keys (JWK, private) of the authority and of the OIDC issuer. */
  keys: Record<string, unknown>;
}

export function emptyIdentityState(): IdentityState {
  return { keys: {} };
}
