import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  displayPath,
  isServerFailure,
  openLogSink,
  renderBanner,
  type BannerInfo,
} from '../../../scripts/dev-output';

const INFO: BannerInfo = {
  appUrl: 'http://localhost:5173',
  apiUrl: 'http://localhost:3001',
  cognitoUrl: 'http://localhost:9229',
  userPoolId: 'local_4qKnwCLA',
  clientId: 'an6b5wioapee4lyjh0k13eipk',
  identityPoolId: 'us-east-1:db8ce013-f583-48b0-b2a5-c2586e0afe39',
  accounts: [
    { email: 'admin@example.com', groups: ['admin'], state: 'temporary', password: 'Tmp-Pass1!xy' },
    { email: 'user@example.com', groups: ['user'], state: 'changed' },
  ],
  logDir: '.cognito/logs',
  logFiles: ['cognito.log', 'api.log', 'vite.log'],
};

describe('renderBanner', () => {
  it('prints the URLs, the accounts with their temporary passwords, the way back in, and the logs', () => {
    const banner = renderBanner(INFO);
    expect(banner).toContain('  App        http://localhost:5173\n');
    expect(banner).toContain('  Dev inbox  http://localhost:9229/_local/inbox');
    expect(banner).toContain('  API        http://localhost:3001');
    expect(banner).toContain('pool local_4qKnwCLA, client an6b5wioapee4lyjh0k13eipk');
    expect(banner).toContain('us-east-1:db8ce013-f583-48b0-b2a5-c2586e0afe39');
    // The shape the README and the dev-command browser test read the password from.
    expect(banner).toMatch(/admin@example\.com\s+Tmp-Pass1!xy\s+\(temporary; groups: admin\)/);
    expect(banner).toContain(
      'user@example.com     password already changed at first sign-in (groups: user)',
    );
    expect(banner).toContain('"Forgot password?"');
    expect(banner).toContain('npm run local:reset');
    expect(banner).toContain('.cognito/logs/ (cognito.log, api.log, vite.log)');
    expect(banner).not.toContain('Node');
  });

  it('is short enough to stay on one screen, and the same for the same stack', () => {
    const banner = renderBanner(INFO);
    expect(banner.split('\n').length).toBeLessThanOrEqual(24);
    expect(Math.max(...banner.split('\n').map((line) => line.length))).toBeLessThanOrEqual(120);
    expect(renderBanner(INFO)).toBe(banner);
  });

  it('sends an account whose temporary password is lost to the advice below', () => {
    const banner = renderBanner({
      ...INFO,
      accounts: [{ email: 'admin@example.com', groups: ['admin'], state: 'temporary-unknown' }],
      identityPoolId: undefined,
    });
    expect(banner).toContain('admin@example.com    temporary password not on record');
    expect(banner).not.toContain('Identity');
  });

  it('explains in one line when the AWS SDK Node warning was silenced', () => {
    const lines = renderBanner({ ...INFO, silencedNodeWarning: 'v20.20.2' }).split('\n');
    expect(lines.filter((line) => line.includes('Node'))).toEqual([
      "Node v20.20.2 is fine for this project; the AWS SDK's notice that its 2027 releases need Node 22 is silenced.",
    ]);
  });
});

describe('log sinks', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes every line to the file, without colours, and only the chosen ones to the terminal', async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cra-logs-'));
    const terminal: string[] = [];
    const sink = openLogSink(path.join(dir, 'logs'), 'api', (line) => terminal.push(line));
    sink.write('GET /hello 200 3ms');
    sink.write('\u001b[31mGET /me 500 4ms\u001b[39m', true);
    await sink.close();
    const lines = readFileSync(path.join(dir, 'logs', 'api.log'), 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z GET \/hello 200 3ms$/);
    expect(lines[1]).toMatch(/Z GET \/me 500 4ms$/);
    expect(terminal).toEqual(['[api] GET /me 500 4ms']);
  });
});

it('tells a server failure from other request lines', () => {
  expect(isServerFailure('GET /me 500 4ms')).toBe(true);
  expect(isServerFailure('POST /iam/notes/x 503 10ms')).toBe(true);
  expect(isServerFailure('GET /me 401 4ms')).toBe(false);
  expect(isServerFailure('GET /500 200 4ms')).toBe(false);
});

it('shows a path inside the working directory relative to it', () => {
  expect(displayPath('/repo/.cognito/logs', '/repo')).toBe('.cognito/logs');
  expect(displayPath('/tmp/x/logs', '/repo')).toBe('/tmp/x/logs');
});
