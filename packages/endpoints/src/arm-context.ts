/**
 * What every endpoint operation works with: the ML client (its pipeline also sends the raw 2024-04-01 requests),
 * the workspace, a logger, the abort signal and the time by which every wait of the run must end.
 */
import type { ArmWaitContext, WorkspaceRef } from '@aml-actions/azure';

export interface ArmContext extends ArmWaitContext {
  workspace: WorkspaceRef;
}
