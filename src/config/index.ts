export type { Config, ConfigFile } from './config.js';
export { describeIssues, loadConfig } from './config.js';
