export { startDemo } from './commands/demo.js';
export type { RunningDemo } from './commands/demo.js';
export { pageToJson } from './commands/import.js';
export { buildProgram, runCli } from './program.js';
export { exitQuietlyWhenStdoutCloses } from './closed-stdout.js';
