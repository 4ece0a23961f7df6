/**
 * Whether the browser end-to-end test runs. Without a Chromium it is skipped with one printed line,
 * so `npm test` works on a fresh machine; CI sets MULTIPOLAR_REQUIRE_BROWSER=1 so that a missing
 * browser fails the run instead of passing it silently.
 */

/** Where a Chromium is looked for when CHROMIUM_PATH does not name one (Debian, Ubuntu, Chrome). */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
] as const;

/** What the browser test should do. */
export type BrowserGate =
  | { kind: 'run'; executablePath: string }
  | { kind: 'skip'; message: string }
  | { kind: 'fail'; message: string };

/** Decide from the environment and the files present; `exists` is `fs.existsSync` outside tests. */
export function browserGate(
  env: Readonly<Record<string, string | undefined>>,
  exists: (path: string) => boolean,
): BrowserGate {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [...CHROMIUM_CANDIDATES];
  const found = candidates.find((p) => exists(p));
  if (found) return { kind: 'run', executablePath: found };
  const where = candidates.join(', ');
  if (env.MULTIPOLAR_REQUIRE_BROWSER === '1') {
    return {
      kind: 'fail',
      message: `MULTIPOLAR_REQUIRE_BROWSER=1 but no Chromium was found (looked at ${where}); install it (apt-get install chromium) or set CHROMIUM_PATH`,
    };
  }
  return {
    kind: 'skip',
    message: `Browser test skipped: no Chromium found (looked at ${where}). Install chromium or set CHROMIUM_PATH to run it.`,
  };
}
