/**
 * What to do when whoever reads our output goes away (`multipolar sources list | head -1`): stop at
 * once and exit 0, quietly. The reader took what it wanted; a stack trace or a failure code would
 * only break the pipeline (`set -o pipefail`). Work already stored stays stored: each article is
 * its own transaction.
 */
export function exitQuietlyWhenStdoutCloses(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    throw err;
  });
}
