/** The emulator's whole mutable state. Everything in it is plain JSON-serialisable data, so --state-dir can save it. */
import type { EmulatorConfig } from '../config.js';
import type { ArmState } from '../arm/arm-state.js';
import type { IdentityState } from '../identity/identity-state.js';

export interface EmulatorState {
  config: EmulatorConfig;
  arm: ArmState;
  identity: IdentityState;
  /** Ask the platform to persist the state (debounced; a no-op without --state-dir). */
  markDirty(): void;
}
