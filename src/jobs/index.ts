export { retryDelayMs } from './backoff.js';
export type { HandlerEnv, JobHandler, JobKind, JobResult } from './handlers.js';
export { defaultHandlers, feedJobKey, JOB_KINDS, RECLUSTER_KEY } from './handlers.js';
export type { JobRunner, JobRunnerOptions } from './runner.js';
export { createJobRunner } from './runner.js';
export type { Scheduler, TickReport } from './scheduler.js';
export { startScheduler } from './scheduler.js';
