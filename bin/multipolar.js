#!/usr/bin/env node
// Entry point for the `multipolar` command: runs the compiled CLI (built by `npm run build`, run on install).
import('../dist/main.js').catch((err) => {
  if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
    console.error('multipolar: the compiled code is missing; run `npm run build` first.');
    process.exit(1);
  }
  throw err;
});
