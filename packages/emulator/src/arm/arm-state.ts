/** ARM resource state. Owned by arm/. Placeholder shape until the ARM module lands. */
export interface ArmState {
  /** Resources keyed by lower-cased ARM id. */
  resources: Record<string, unknown>;
}

export function emptyArmState(): ArmState {
  return { resources: {} };
}
