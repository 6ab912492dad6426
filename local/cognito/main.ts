// `npm run local:cognito`: serves the local user pool on 127.0.0.1:9229 until interrupted.
// PORT, COGNITO_DATA_DIR, COGNITO_ALLOWED_ORIGINS and COGNITO_ALLOWED_HOSTS (comma lists) change it.
import { commaList } from '../api/config.ts';
import { startLocalCognito } from './server.ts';

const port = Number(process.env.PORT ?? 9229);
const list = (value: string | undefined): string[] | undefined => {
  const items = commaList(value);
  return items.length > 0 ? items : undefined;
};

try {
  const cognito = await startLocalCognito({
    port,
    dataDir: process.env.COGNITO_DATA_DIR || undefined,
    allowedOrigins: list(process.env.COGNITO_ALLOWED_ORIGINS),
    allowedHosts: list(process.env.COGNITO_ALLOWED_HOSTS),
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
