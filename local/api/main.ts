/**
 * `npm run local:api`: serves the protected API on 127.0.0.1:3001 for the pool that provisioning
 * described in .env.development.local (or COGNITO_* env vars). `--env-path <path>` picks another file
 * (not --env-file: Node 20 grabs that flag even after the script name).
 */
import { resolve } from 'node:path';
import { readEnvFileSync } from '../provision/env-file';
import { resolveApiConfig } from './config';
import { startApi } from './server';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const fileFlag = argv.indexOf('--env-path');
  const envFile = resolve(
    fileFlag >= 0 && argv[fileFlag + 1] ? argv[fileFlag + 1]! : '.env.development.local',
  );
  const result = resolveApiConfig(process.env, readEnvFileSync(envFile));
  if (!result.ok) {
    for (const problem of result.problems) console.error(`local-api: ${problem}`);
    process.exit(1);
  }
  const { config } = result;
  let api;
  try {
    api = await startApi({ ...config, log: (line) => console.log(`api ${line}`) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `local-api: port ${config.port} is already in use (set PORT to use another).`
        : `local-api: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  }
  console.log(
    `API on ${api.url} for pool ${config.userPoolId} (issuer ${config.cognitoUrl}/${config.userPoolId})`,
  );
  console.log(
    `  clients: ${config.clientIds.join(', ')}; CORS origins: ${config.allowedOrigins.join(', ')}`,
  );
  const stop = () => {
    void api.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
