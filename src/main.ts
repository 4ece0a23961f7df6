import { exitQuietlyWhenStdoutCloses, runCli } from './cli/index.js';

// The composition root: long-running commands (demo, serve) keep the process alive themselves.
exitQuietlyWhenStdoutCloses();
const code = await runCli(process.argv.slice(2));
if (code !== 0) process.exitCode = code;
