/**
 * `npm run dev`: the whole product on one machine. Local mode (default) starts the Cognito stand-in,
 * provisions it (idempotent, so every run), starts the protected API and Vite, prints every URL and
 * the seeded accounts. `--mode staging` starts only Vite against the pool in .env.staging.local.
 * Everything runs in this one process, so Ctrl-C or SIGTERM stops all of it.
 *
 * Ports: COGNITO_PORT (9229), API_PORT (3001), APP_PORT (5173; keep it, the callback URLs name it).
 * COGNITO_DATA_DIR moves the pool's data (default <repo>/.cognito), e.g. to a temp dir in tests; the
 * env file then goes there too unless DEV_ENV_FILE names one (or is "none"). Request logs go to
 * <data dir>/logs/ (scripts/dev-output.ts), so the banner stays on screen.
 */
import { createServer as createNetServer } from 'node:net';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Logger, ViteDevServer } from 'vite';
import { DEFAULT_ALLOWED_ORIGINS } from '../server/api/cors';
import { startApi, type RunningApi } from '../local/api/server';
import { DEFAULT_DATA_DIR } from '../local/cognito/paths';
import { startLocalCognito, type LocalCognito } from '../local/cognito/server';
import { USERS } from '../local/provision/desired';
import { readEnvFileSync } from '../local/provision/env-file';
import { provision, readSeedPasswords } from '../local/provision/provision';
import {
  displayPath,
  isServerFailure,
  openLogSink,
  renderBanner,
  type LogSink,
  type SeededAccount,
} from './dev-output';

/**
 * Two notices that say nothing a newcomer can act on, silenced before anything could print them:
 * - The AWS SDK v3 (the local stand-ins' and provisioning's clients, never the app's) warns on Node
 *   below 22 that its releases after January 2027 will need Node 22; the project supports Node
 *   20.19 and later, and the banner says so in one line. The variable is the SDK's documented
 *   switch (aws/aws-sdk-js-v3#7983).
 * - Vite warns that vite.config.ts imports app modules without file extensions, which its future
 *   native config loader will not resolve; Vite's own variable silences it.
 */
const nodeMajor = Number(process.versions.node.split('.')[0]);
const silencedNodeWarning =
  nodeMajor < 22 && process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined
    ? process.version
    : undefined;
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

// Overridable only for tests that run beside a developer's own `npm run dev`: the pool's callback
// URLs name 5173 (and 4173), so the hosted UI redirects there whatever this says.
const APP_PORT = Number(process.env.APP_PORT || 5173);
// The only web pages that may call the pool and the API, or read the dev inbox: this app, and
// `vite preview`.
const APP_ORIGINS = [...new Set([`http://localhost:${APP_PORT}`, ...DEFAULT_ALLOWED_ORIGINS])];
const REGION = 'us-east-1';

interface DevArgs {
  mode: string;
  help: boolean;
}

export function parseDevArgs(argv: readonly string[]): DevArgs | string {
  const args: DevArgs = { mode: 'development', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '--mode' || arg === '-m') {
      const value = argv[++i];
      if (!value) return '--mode needs a value (development or staging).';
      args.mode = value;
    } else if (arg.startsWith('--mode=')) args.mode = arg.slice('--mode='.length);
    else return `Unknown option: ${arg}`;
  }
  return args;
}

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    fail(`${name} must be a port number, not "${raw}".`);
  return port;
}

function fail(message: string): never {
  console.error(`dev: ${message}`);
  process.exit(1);
}

/** Checked up front so a busy port is one clear line, not a half-started stack. */
function assertPortFree(port: number, host: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `port ${port} (${what}) is already in use; stop whatever is using it${what === 'app' ? '' : ` or set ${what === 'API' ? 'API_PORT' : 'COGNITO_PORT'}`}.`
            : `cannot use port ${port} (${what}): ${error.message}`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Vite's info lines (HMR updates, dependency optimisation) to the log; warnings and errors also here. */
async function fileLogger(sink: LogSink): Promise<Logger> {
  const { createLogger } = await import('vite');
  const terminal = createLogger('warn', { allowClearScreen: false });
  return {
    ...terminal,
    info: (msg) => sink.write(msg),
    warn: (msg, options) => {
      sink.write(msg);
      terminal.warn(msg, options);
    },
    warnOnce: (msg, options) => {
      sink.write(msg);
      terminal.warnOnce(msg, options);
    },
    error: (msg, options) => {
      sink.write(msg);
      terminal.error(msg, options);
    },
    hasErrorLogged: (error) => terminal.hasErrorLogged(error),
  };
}

async function startVite(mode: string, logSink?: LogSink): Promise<ViteDevServer> {
  const { createServer } = await import('vite');
  // clearScreen off: the URLs and seeded accounts printed here must stay on screen.
  const server = await createServer({
    mode,
    clearScreen: false,
    ...(logSink ? { customLogger: await fileLogger(logSink) } : {}),
    server: { port: APP_PORT, strictPort: true },
  });
  await server.listen();
  return server;
}

type Closer = () => Promise<unknown>;
const closers: Closer[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (stopping) process.exit(code);
  stopping = true;
  // Last started, first stopped: Vite, then the API, then the pool it verifies against.
  for (const close of closers.reverse()) {
    await Promise.race([
      close().catch(() => {}),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]);
  }
  process.exit(code);
}

function onSignals(): void {
  let firstSignalAt = 0;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (stopping) {
        // A second Ctrl-C forces the exit; but one signal often arrives twice at once (sent to
        // the process group and relayed by npm/tsx too), and that must not cut the cleanup short.
        if (Date.now() - firstSignalAt > 1000) process.exit(130);
        return;
      }
      firstSignalAt = Date.now();
      console.log('\nStopping…');
      void stopAll(0);
    });
  }
}

/**
 * Vite gets this run's values through process.env anyway; the file is for `npm run dev:app` and
 * `npm run local:api` later. A throwaway pool (COGNITO_DATA_DIR, e.g. in tests) must not overwrite
 * the file that points at the developer's own pool, so its values go beside its data instead.
 */
function envFilePath(): string | false {
  const explicit = process.env.DEV_ENV_FILE;
  if (explicit !== undefined) return explicit === '' || explicit === 'none' ? false : explicit;
  const dataDir = process.env.COGNITO_DATA_DIR;
  return dataDir ? join(dataDir, '.env.development.local') : '.env.development.local';
}

async function seededAccounts(
  cognitoUrl: string,
  userPoolId: string,
  fresh: Record<string, string>,
  secretsFile: string,
): Promise<SeededAccount[]> {
  const remembered = await readSeedPasswords(secretsFile);
  const known = remembered?.userPoolId === userPoolId ? remembered.users : {};
  const client = new CognitoIdentityProviderClient({
    endpoint: cognitoUrl,
    region: REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const accounts: SeededAccount[] = [];
    for (const { email, groups } of USERS) {
      const status = await client
        .send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: email }))
        .then((r) => r.UserStatus)
        .catch(() => undefined);
      const password = fresh[email] ?? known[email]?.temporaryPassword;
      if (status !== 'FORCE_CHANGE_PASSWORD') accounts.push({ email, groups, state: 'changed' });
      else if (password) accounts.push({ email, groups, state: 'temporary', password });
      else accounts.push({ email, groups, state: 'temporary-unknown' });
    }
    return accounts;
  } finally {
    client.destroy();
  }
}

async function runLocal(): Promise<void> {
  const started = Date.now();
  const cognitoPort = portFrom('COGNITO_PORT', 9229);
  const apiPort = portFrom('API_PORT', 3001);
  try {
    await assertPortFree(cognitoPort, '127.0.0.1', 'Cognito');
    await assertPortFree(apiPort, '127.0.0.1', 'API');
    await assertPortFree(APP_PORT, 'localhost', 'app');
  } catch (error) {
    fail((error as Error).message);
  }

  const dataDir = process.env.COGNITO_DATA_DIR || DEFAULT_DATA_DIR;
  const logDir = join(dataDir, 'logs');
  const logs = {
    cognito: openLogSink(logDir, 'cognito'),
    api: openLogSink(logDir, 'api'),
    vite: openLogSink(logDir, 'vite'),
  };
  // Pushed first, so the logs close last and catch what stopping the services reports.
  closers.push(() => Promise.all(Object.values(logs).map((sink) => sink.close())));

  let cognito: LocalCognito;
  try {
    cognito = await startLocalCognito({
      port: cognitoPort,
      dataDir,
      allowedOrigins: APP_ORIGINS,
      // Failures only: they belong on screen as well as in the log.
      log: (line) => logs.cognito.write(line, true),
      notify: (line) => logs.cognito.write(line),
    });
  } catch (error) {
    fail(`local Cognito did not start: ${(error as Error).message}`);
  }
  closers.push(() => cognito.close());

  const apiUrl = `http://localhost:${apiPort}`;
  // Beside the pool's data, so `npm run local:reset` forgets the passwords with the users.
  const secretsFile = join(cognito.dataDir, 'seed-users.json');
  const result = await provision({
    target: 'local',
    endpoint: cognito.url,
    region: REGION,
    apiUrl,
    secretsFile,
    envFile: envFilePath(),
    log: (line) => console.log(line),
  });
  // Counts only: the full table (npm run provision) would name the seed users in lines that look
  // like the account list printed at the end, and that list is what people and tests look for.
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const row of result.report) {
    if (row.action === 'created' || row.action === 'updated' || row.action === 'unchanged')
      counts[row.action]++;
  }
  console.log(
    `Local pool provisioned: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged` +
      ' (details: npm run provision -- --plan).',
  );

  let api: RunningApi;
  try {
    api = await startApi({
      port: apiPort,
      userPoolId: result.userPoolId,
      cognitoUrl: cognito.url,
      clientIds: [result.spaClientId],
      allowedOrigins: APP_ORIGINS,
      // SigV4 scope of the IAM routes; the identity pool answers on the Cognito port.
      region: REGION,
      log: (line) => logs.api.write(line, isServerFailure(line)),
    });
  } catch (error) {
    console.error(`dev: the API did not start: ${(error as Error).message}`);
    return void (await stopAll(1));
  }
  closers.push(() => api.close());

  // Vite lets variables already in the environment win over .env files: the app then sees this
  // run's pool and ports even if .env.development.local was hand-edited or points elsewhere.
  Object.assign(process.env, result.env);
  let vite: ViteDevServer;
  try {
    vite = await startVite('development', logs.vite);
  } catch (error) {
    console.error(`dev: Vite did not start: ${(error as Error).message}`);
    return void (await stopAll(1));
  }
  closers.push(() => vite.close());

  const accounts = await seededAccounts(
    cognito.url,
    result.userPoolId,
    result.tempPasswords,
    secretsFile,
  );
  const appUrl = vite.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? `http://localhost:${APP_PORT}`;
  logs.vite.write(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${appUrl}`);
  console.log(
    renderBanner({
      appUrl,
      apiUrl: api.url.replace('127.0.0.1', 'localhost'),
      cognitoUrl: cognito.url,
      userPoolId: result.userPoolId,
      clientId: result.spaClientId,
      identityPoolId: result.env.VITE_IDENTITY_POOL_ID,
      accounts,
      logDir: displayPath(logDir),
      logFiles: Object.values(logs).map((sink) => sink.file.slice(logDir.length + 1)),
      silencedNodeWarning,
    }),
  );
}

async function runMode(mode: string): Promise<void> {
  const file = `.env.${mode}.local`;
  if (!existsSync(file)) {
    fail(
      mode === 'staging'
        ? `${file} is missing; create the pool first: npm run provision -- --target aws --region <region> [--profile <p>]`
        : `${file} is missing; Vite would start without the pool settings.`,
    );
  }
  const env = readEnvFileSync(file);
  try {
    await assertPortFree(APP_PORT, 'localhost', 'app');
  } catch (error) {
    fail((error as Error).message);
  }
  console.log(
    `Mode ${mode}: pool ${env.VITE_COGNITO_USER_POOL_ID ?? '(unset)'} in ${env.VITE_COGNITO_REGION ?? '(unset)'}` +
      `${env.VITE_COGNITO_ENDPOINT ? ` at ${env.VITE_COGNITO_ENDPOINT}` : ''}, client ${env.VITE_COGNITO_CLIENT_ID ?? '(unset)'}` +
      `${env.VITE_COGNITO_DOMAIN ? `, hosted UI ${env.VITE_COGNITO_DOMAIN}` : ''} (from ${file}).`,
  );
  let vite: ViteDevServer;
  try {
    vite = await startVite(mode);
  } catch (error) {
    fail(`Vite did not start: ${(error as Error).message}`);
  }
  closers.push(() => vite.close());
  vite.printUrls();
  console.log(
    `  API: ${env.VITE_API_URL ?? '(VITE_API_URL unset)'}; start it with npm run local:api -- --env-path ${file} if local.`,
  );
}

async function main(): Promise<void> {
  const args = parseDevArgs(process.argv.slice(2));
  if (typeof args === 'string') fail(args);
  if (args.help) {
    console.log(
      'Usage: npm run dev [-- --mode staging]\n' +
        '  Env: COGNITO_PORT (9229), API_PORT (3001), APP_PORT (5173), COGNITO_DATA_DIR (.cognito),\n' +
        '       DEV_ENV_FILE (.env.development.local; "none" to write none).\n' +
        '  Logs: <COGNITO_DATA_DIR>/logs/{cognito,api,vite}.log; only failures reach the terminal.',
    );
    return;
  }
  onSignals();
  if (args.mode === 'development') await runLocal();
  else await runMode(args.mode);
}

main().catch((error: unknown) => {
  console.error(`dev: ${error instanceof Error ? error.message : String(error)}`);
  void stopAll(1);
});
