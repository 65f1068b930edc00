/** Deterministic GUIDs derived from names, so a workspace keeps its workspaceId and principal ids across restarts. */
import { createHash } from 'node:crypto';

export function stableGuid(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\n').toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
