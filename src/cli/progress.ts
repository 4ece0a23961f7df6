/** A progress line on stderr: items done / total, rate and time left. Quiet when stderr is not a terminal. */
export interface Progress {
  tick(done: number, note?: string): void;
  finish(note?: string): void;
}

/** Start a progress line for `total` items labelled `label`. */
export function startProgress(
  label: string,
  total: number,
  stream: NodeJS.WriteStream = process.stderr,
  clock: () => number = () => performance.now(),
): Progress {
  const started = clock();
  const live = Boolean(stream.isTTY);
  let last = 0;
  const render = (done: number, note = '', final = false) => {
    const seconds = Math.max((clock() - started) / 1000, 1e-3);
    const rate = done / seconds;
    const left = rate > 0 ? (total - done) / rate : 0;
    const width = 24;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${label} ${bar} ${done}/${total} · ${rate.toFixed(1)}/s · ${final ? `${seconds.toFixed(1)} s` : `ETA ${formatSeconds(left)}`}${note ? ` · ${note}` : ''}`;
    if (live) stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else if (final) stream.write(`${line}\n`);
  };
  return {
    tick(done, note) {
      const now = clock();
      if (now - last < 80 && done < total) return;
      last = now;
      render(done, note);
    },
    finish(note) {
      render(total, note, true);
    },
  };
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  return s < 60 ? `${Math.ceil(s)} s` : `${Math.floor(s / 60)} min ${Math.ceil(s % 60)} s`;
}
