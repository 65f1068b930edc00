/** @aml-actions/emulator: a local Azure ML (ARM, Entra ID, GitHub OIDC, Azurite) over real HTTPS. See README.md. */
export { startEmulator } from './server/start-emulator.js';
export type { RunningEmulator, StartEmulatorOptions } from './server/start-emulator.js';
export type { IdentityInfo, ReadyInfo } from './server/ready-info.js';
export { runCli } from './cli.js';
export type { CliIo } from './cli.js';
export type { EmulatorConfig, EmulatorConfigInput, IdentityInput, WorkspaceInput } from './config.js';
export { parseFaultFlag, parseFaultRule } from './faults/fault-rule.js';
export type { FaultKind, FaultRuleInput } from './faults/fault-rule.js';
export type { FaultRegistry, FaultRule, FaultRuleStatus } from './faults/fault-registry.js';
export type { RequestLog, RequestLogEntry, RequestLogFilter } from './faults/request-log.js';
export { ConfigError } from './state/config-error.js';
