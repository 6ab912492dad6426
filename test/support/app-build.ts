/**
 * Builds the SPA for a given set of VITE_* values and serves it with Vite's preview server, so browser
 * tests and the benchmark exercise the same production bundle a user would download.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { endpointsFromEnv, securityHeaders } from '../../server/hosting/security-headers';
import { SKIP_CONFIG_CHECK } from '../../src/config/buildCheck';

export interface ServedApp {
  url: string;
  outDir: string;
  close(): Promise<void>;
}

/**
 * Env files live in a temp dir so a developer's own .env.*.local never leaks into a test build.
 * `sourcemap: 'hidden'` writes maps with no sourceMappingURL, for the bench's size attribution
 * (bench/size.ts). Without it the build keeps vite.config.ts's own setting, so what tests serve is
 * built as it deploys (and bundle-secrets.test.ts checks the deployed setting, not a copy of it).
 *
 * `checkConfig: false` builds even a misconfigured app (vite.config.ts refuses one otherwise), for
 * the tests of the configuration page.
 */
export async function buildApp(
  env: Record<string, string>,
  outDir: string,
  { sourcemap, checkConfig = true }: { sourcemap?: 'hidden'; checkConfig?: boolean } = {},
): Promise<void> {
  const envDir = mkdtempSync(path.join(os.tmpdir(), 'cra-env-'));
  writeFileSync(
    path.join(envDir, '.env.production'),
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n'),
  );
  mkdirSync(outDir, { recursive: true });
  // Vite picks packages' "development" export condition unless NODE_ENV says production, and Vitest
  // sets it to "test"; without this, browser tests would run react-router's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  if (!checkConfig) process.env[SKIP_CONFIG_CHECK] = '1';
  try {
    await build({
      configFile: path.resolve('vite.config.ts'),
      mode: 'production',
      envDir,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        ...(sourcemap === undefined ? {} : { sourcemap }),
      },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
    delete process.env[SKIP_CONFIG_CHECK];
  }
}

/**
 * Serves a build under the production security headers (server/hosting/security-headers.ts, as
 * CloudFront sends them), with connect-src naming the endpoints `env` (the build's VITE_* values)
 * points at: the local stack's ports are random, so the policy is made for each stack. `null` serves
 * without them: only for the bench's Amplify app, a third-party build our policy was not written for.
 */
export async function serveApp(
  outDir: string,
  port: number,
  env: Record<string, string> | null,
): Promise<ServedApp> {
  const server = await preview({
    // vite.config.ts sets preview headers of its own (for its mode's env), which Vite merges with
    // these; without a config file, `null` really serves none.
    configFile: env === null ? false : path.resolve('vite.config.ts'),
    logLevel: 'warn',
    build: { outDir },
    preview: {
      port,
      strictPort: true,
      host: 'localhost',
      headers: env === null ? {} : securityHeaders(endpointsFromEnv(env)),
    },
  });
  const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? `http://localhost:${port}`;
  return {
    url,
    outDir,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.httpServer.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
