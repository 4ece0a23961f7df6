/**
 * What to do when whoever reads our output goes away (`multipolar sources list | head -1`): stop at
 * once and exit 0, quietly. The reader took what it wanted; a stack trace or a failure code would
 * only break the pipeline (`set -o pipefail`). Work already stored stays stored: each article is
 * its own transaction. Other write failures exit 74 (EX_IOERR) with one line.
 */
export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    // Any other failure to write (a full disk behind a redirect) is still one line, not a trace.
    process.stderr.write(`multipolar: cannot write the output: ${err.message}\n`);
    process.exit(74);
  });
}
