/** Job execution of the emulator: jobs run for real on this machine (see job-runner.ts). */
export { createJobRunner, type EmulatorJobRunner, type JobRunnerOptions } from './job-runner.js';
