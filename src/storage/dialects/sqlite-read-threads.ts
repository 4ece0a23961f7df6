/**
 * Read-only SQLite statements run on worker threads, each with its own read-only connection to the
 * same WAL file, under a deadline. better-sqlite3 is synchronous: a costly query on the main thread
 * would stop every other request of the process until it ends, so search runs here instead.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** One statement and its positional parameters. */
export interface ReadStatement {
  sql: string;
  params: readonly (string | number)[];
}

/** Runs read statements off the event loop; each call resolves to one row list per statement, or `null` past its deadline. */
export interface ReadThreads {
  run(statements: readonly ReadStatement[], deadlineMs: number): Promise<unknown[][] | null>;
  close(): Promise<void>;
}

/** Options for the pool. `stallMs` holds each thread that long before its statements: tests use it to stand in for a slow query. */
export interface ReadThreadOptions {
  threads: number;
  stallMs?: number;
}

// Plain CommonJS evaluated as the worker, so it runs the same from the sources, tests and dist/.
// The statements run in one read transaction: the count and the page see the same snapshot.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
const prepared = new Map();
const statement = (sql) => {
  let s = prepared.get(sql);
  if (!s) prepared.set(sql, (s = db.prepare(sql)));
  return s;
};
const runAll = db.transaction((statements) => statements.map((s) => statement(s.sql).all(...s.params)));
parentPort.on('message', (statements) => {
  try {
    if (workerData.stallMs > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.stallMs);
    parentPort.postMessage({ rows: runAll(statements) });
  } catch (error) {
    parentPort.postMessage({ error: String((error && error.message) || error) });
  }
});
`;

const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');

interface Job {
  statements: readonly ReadStatement[];
  settle(result: { rows: unknown[][] | null } | { error: Error }): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/** A small pool of reader threads over the SQLite file at `path` (which must exist and be migrated). */
export function createReadThreads(path: string, opts: ReadThreadOptions): ReadThreads {
  const slots: Slot[] = [];
  const queue: Job[] = [];
  // Retired threads still inside a statement; while as many exist as live ones, no new thread starts,
  // so a flood of slow searches can hold at most twice `threads` threads.
  const dying = new Set<Promise<number>>();
  let closed = false;

  const retire = (slot: Slot) => {
    slots.splice(slots.indexOf(slot), 1);
    slot.worker.removeAllListeners('message');
    // A thread inside a native SQLite call ends when the call returns; nobody waits for it meanwhile.
    const ended = slot.worker.terminate();
    dying.add(ended);
    void ended.finally(() => {
      dying.delete(ended);
      pump();
    });
  };

  const spawn = (): Slot => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: DRIVER, path, stallMs: opts.stallMs ?? 0 },
    });
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on('message', (msg: { rows: unknown[][] } | { error: string }) => {
      const job = slot.job;
      slot.job = null;
      if (job) job.settle('rows' in msg ? { rows: msg.rows } : { error: new Error(msg.error) });
      pump();
    });
    worker.on('error', (error) => {
      const job = slot.job;
      slot.job = null;
      if (slots.includes(slot)) retire(slot);
      job?.settle({ error });
      pump();
    });
    slots.push(slot);
    return slot;
  };

  const pump = () => {
    while (queue.length > 0 && !closed) {
      const room = slots.length < opts.threads && dying.size < opts.threads;
      const slot = slots.find((s) => s.job === null) ?? (room ? spawn() : null);
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.postMessage(job.statements);
    }
  };

  return {
    run: (statements, deadlineMs) =>
      new Promise((resolve, reject) => {
        if (closed) {
          reject(new Error('the store is closed'));
          return;
        }
        const job: Job = {
          statements,
          settle: (result) => {
            clearTimeout(timer);
            job.settle = () => {};
            if ('error' in result) reject(result.error);
            else resolve(result.rows);
          },
        };
        const timer = setTimeout(() => {
          const queued = queue.indexOf(job);
          if (queued >= 0) queue.splice(queued, 1);
          const slot = slots.find((s) => s.job === job);
          if (slot) retire(slot);
          job.settle({ rows: null });
          pump();
        }, deadlineMs);
        queue.push(job);
        pump();
      }),
    close: async () => {
      closed = true;
      for (const job of queue.splice(0)) job.settle({ error: new Error('the store is closed') });
      for (const slot of [...slots]) {
        slot.job?.settle({ error: new Error('the store is closed') });
        retire(slot);
      }
      await Promise.all([...dying]);
    },
  };
}
