import { describe, expect, it } from 'vitest';
import { createHostLimiter } from './host-limiter.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createHostLimiter', () => {
  it('runs at most perHostConcurrency tasks for one host at a time', async () => {
    const limiter = createHostLimiter({ perHostConcurrency: 2, minDelayMs: 0 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await sleep(20);
      running--;
    };
    await Promise.all(Array.from({ length: 6 }, () => limiter.run('http://a.example/x', task)));
    expect(peak).toBe(2);
  });

  it('does not make one host wait for another', async () => {
    const limiter = createHostLimiter({ perHostConcurrency: 1, minDelayMs: 0 });
    let running = 0;
    let peak = 0;
    const task = async () => {
      running++;
      peak = Math.max(peak, running);
      await sleep(20);
      running--;
    };
    await Promise.all(
      ['http://a.example/', 'http://b.example/', 'http://a.example:8080/'].map((u) => limiter.run(u, task)),
    );
    expect(peak).toBe(3);
  });

  it('spaces the starts of requests to one host by minDelayMs', async () => {
    const limiter = createHostLimiter({ perHostConcurrency: 4, minDelayMs: 40 });
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3].map(() =>
        limiter.run('https://slow.example/feed', async () => {
          starts.push(Date.now());
        }),
      ),
    );
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(35);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(35);
  });

  it('passes results and failures through and frees the slot after a failure', async () => {
    const limiter = createHostLimiter({ perHostConcurrency: 1, minDelayMs: 0 });
    await expect(limiter.run('http://c.example/', async () => 42)).resolves.toBe(42);
    await expect(
      limiter.run('http://c.example/', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(limiter.run('http://c.example/', async () => 'after')).resolves.toBe('after');
    expect(limiter.pending('http://c.example/')).toBe(0);
  });
});
