/**
 * The README's first command, run as a newcomer would: `npm run dev` starts the pool, the API and
 * Vite, and the app it serves is already configured against the local pool with the seeded accounts.
 * Free ports and a throwaway data dir keep it clear of a developer's own running stack.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fillSignIn } from '../../bench/flows';
import { setupChromium } from './support/session';

const browser = setupChromium();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`npm run dev never printed ${pattern}:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm run dev exited with ${code}:\n${output}`));
    });
  });
}

describe('npm run dev', () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cra-dev-'));

  afterAll(async () => {
    if (child?.pid !== undefined && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      process.kill(-child.pid, 'SIGINT');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts the whole product, prints every URL and the seeded accounts, and serves a configured app', async () => {
    const [cognitoPort, apiPort, appPort] = [await freePort(), await freePort(), await freePort()];
    const started = Date.now();
    child = spawn('npm', ['run', 'dev'], {
      detached: true,
      env: {
        ...process.env,
        COGNITO_DATA_DIR: dataDir,
        COGNITO_PORT: String(cognitoPort),
        API_PORT: String(apiPort),
        APP_PORT: String(appPort),
      },
    });
    const output = await waitForOutput(child, /user@example\.com\s+\S+\s+\(temporary/, 60_000);
    // Reported, not asserted: timings on a shared machine are noise (the benchmark owns speed).
    console.log(
      `npm run dev was ready ${((Date.now() - started) / 1000).toFixed(1)} s after spawn`,
    );

    expect(output).toContain(`http://localhost:${appPort}`);
    expect(output).toContain(`http://localhost:${apiPort}`);
    expect(output).toContain(`http://localhost:${cognitoPort}/_local/inbox`);
    const admin = /admin@example\.com\s+(\S+)\s+\(temporary/.exec(output);
    expect(admin, 'the admin account and its temporary password are printed').not.toBeNull();
    // What to do once the seeded passwords are changed, and where the request logs went.
    expect(output).toContain('npm run local:reset');
    expect(output).toContain(`Logs of this run: ${path.join(dataDir, 'logs')}/`);
    // Neither the AWS SDK's Node-version notice nor Vite's config-loader notice reaches the banner.
    expect(output).not.toMatch(/NodeVersionSupportWarning|configLoader/);

    const { page, checkpoint } = await browser.open();
    await page.goto(`http://localhost:${appPort}/sign-in`);
    await page.getByRole('button', { name: 'Sign in', exact: true }).waitFor({ timeout: 30_000 });
    await checkpoint('dev-sign-in');
    // Only the local pool knows this account: reaching its forced password change proves the wiring.
    await fillSignIn(page, { email: 'admin@example.com', password: admin![1]! });
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByLabel('New password', { exact: true }).waitFor();
    await checkpoint('dev-new-password');
    // The pool's and Vite's lines went to their files, not the terminal.
    for (const name of ['cognito', 'api', 'vite']) {
      expect(existsSync(path.join(dataDir, 'logs', `${name}.log`)), `${name}.log`).toBe(true);
    }
    expect(readFileSync(path.join(dataDir, 'logs', 'vite.log'), 'utf8')).toContain('ready in');
  });
});
