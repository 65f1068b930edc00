/** The state of a long-running ARM operation as its responses show it (operation status or provisioning state). */

export type LroStatus = 'Succeeded' | 'Failed' | 'Canceled' | 'Running';

/** `properties.provisioningState` of a resource body, undefined when it has none. */
export function provisioningState(body: unknown): string | undefined {
  const state = (body as { properties?: { provisioningState?: unknown } } | undefined)?.properties
    ?.provisioningState;
  return typeof state === 'string' ? state : undefined;
}

export function isTerminalState(state: string): boolean {
  return statusOf(state) !== 'Running';
}

/** An operation status or provisioning state (any case) as one of the four outcomes; anything else is Running. */
export function statusOf(state: string): LroStatus {
  const lower = state.toLowerCase();
  if (lower === 'succeeded') return 'Succeeded';
  if (lower === 'failed') return 'Failed';
  return lower === 'canceled' || lower === 'cancelled' ? 'Canceled' : 'Running';
}
