import { describe, expect, it } from 'vitest';
import { browserGate } from './browser-gate.js';

const nothing = () => false;

describe('the browser test gate', () => {
  it('runs with the first Chromium found', () => {
    expect(browserGate({}, (p) => p === '/usr/bin/chromium-browser')).toEqual({
      kind: 'run',
      executablePath: '/usr/bin/chromium-browser',
    });
  });

  it('looks only where CHROMIUM_PATH says when it is set', () => {
    expect(browserGate({ CHROMIUM_PATH: '/opt/chrome/chrome' }, (p) => p === '/opt/chrome/chrome').kind).toBe(
      'run',
    );
    expect(browserGate({ CHROMIUM_PATH: '/opt/none' }, (p) => p === '/usr/bin/chromium').kind).toBe('skip');
  });

  it('skips with one line saying why when there is no Chromium and it is not required', () => {
    const gate = browserGate({}, nothing);
    expect(gate.kind).toBe('skip');
    expect(gate.kind === 'skip' && gate.message).toMatch(
      /^Browser test skipped: no Chromium found \(looked at [^\n]+\)\.[^\n]*$/,
    );
  });

  it('refuses to skip when MULTIPOLAR_REQUIRE_BROWSER=1 and there is no Chromium', () => {
    const gate = browserGate({ MULTIPOLAR_REQUIRE_BROWSER: '1' }, nothing);
    expect(gate.kind).toBe('fail');
    expect(gate.kind === 'fail' && gate.message).toMatch(
      /^MULTIPOLAR_REQUIRE_BROWSER=1 but no Chromium was found/,
    );
    expect(browserGate({ MULTIPOLAR_REQUIRE_BROWSER: '0' }, nothing).kind).toBe('skip');
  });
});
