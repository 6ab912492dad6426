// `npm run local:cognito`: serves the local user pool on 127.0.0.1:9229 (PORT, COGNITO_DATA_DIR to change) until interrupted.
import { startLocalCognito } from './server.ts';

const port = Number(process.env.PORT ?? 9229);

try {
  const cognito = await startLocalCognito({
    port,
    dataDir: process.env.COGNITO_DATA_DIR || undefined,
  });
  console.log(`Local Cognito on ${cognito.url} (data: ${cognito.dataDir})`);
  console.log(`  API endpoint:  ${cognito.url}`);
  console.log(`  Hosted UI:     ${cognito.url}/login`);
  console.log(`  Dev inbox:     ${cognito.url}/_local/inbox`);
  console.log(`  Discovery:     ${cognito.url}/<poolId>/.well-known/openid-configuration`);
  const stop = (): void => {
    void cognito.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop the other process or set PORT=<free port>.`
      : `Local Cognito failed to start: ${(err as Error).message}`,
  );
  process.exit(1);
}
