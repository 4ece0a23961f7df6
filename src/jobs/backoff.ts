const BASE_MS = 30_000;
const MAX_MS = 60 * 60_000;

/** How long to wait before retry number `attempts` (1 = the first retry): 30 s, doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  const n = Math.max(1, Math.floor(attempts));
  // 2 ** 30 and beyond would only be capped anyway; keep the arithmetic finite.
  return Math.min(BASE_MS * 2 ** Math.min(n - 1, 20), MAX_MS);
}
