/**
 * Works out the API's settings when it runs standalone (`npm run local:api`): explicit env vars win,
 * then the VITE_* values provisioning wrote to .env.development.local, then built-in defaults.
 */
import { DEFAULT_ALLOWED_ORIGINS } from '../../server/api/cors';
import type { ApiOptions } from './server';

export type ApiConfig = Required<
  Pick<ApiOptions, 'port' | 'host' | 'userPoolId' | 'cognitoUrl' | 'clientIds' | 'allowedOrigins'>
> &
  Pick<ApiOptions, 'allowedHosts'>;

export type ConfigResult = { ok: true; config: ApiConfig } | { ok: false; problems: string[] };

/** A comma-separated setting (origins, hosts, client ids) as a list; blanks dropped. */
export const commaList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * @param env process environment (COGNITO_*, PORT, HOST, API_ALLOWED_ORIGINS, API_ALLOWED_HOSTS)
 * @param fileEnv values parsed from the provisioning env file (VITE_*)
 */
export function resolveApiConfig(
  env: Record<string, string | undefined>,
  fileEnv: Record<string, string>,
): ConfigResult {
  const problems: string[] = [];
  const userPoolId = env.COGNITO_USER_POOL_ID || fileEnv.VITE_COGNITO_USER_POOL_ID || '';
  const clientIds = commaList(env.COGNITO_CLIENT_IDS || fileEnv.VITE_COGNITO_CLIENT_ID);
  const region = userPoolId.split('_')[0] ?? '';
  // A real pool's endpoint follows from its region; only the local pool needs it spelled out.
  const awsEndpoint =
    region && region !== 'local' ? `https://cognito-idp.${region}.amazonaws.com` : '';
  const cognitoUrl = (env.COGNITO_ENDPOINT || fileEnv.VITE_COGNITO_ENDPOINT || awsEndpoint).replace(
    /\/+$/,
    '',
  );
  const port = Number(env.PORT ?? 3001);
  const host = env.HOST || '127.0.0.1';
  const configuredOrigins = commaList(env.API_ALLOWED_ORIGINS);
  const allowedOrigins =
    configuredOrigins.length > 0 ? configuredOrigins : [...DEFAULT_ALLOWED_ORIGINS];
  const allowedHosts = commaList(env.API_ALLOWED_HOSTS);

  if (!/^[\w-]+_[0-9a-zA-Z]+$/.test(userPoolId)) {
    problems.push(
      'No user pool id: set COGNITO_USER_POOL_ID or run `npm run provision` (writes .env.development.local).',
    );
  }
  if (clientIds.length === 0)
    problems.push(
      'No client id: set COGNITO_CLIENT_IDS (comma separated) or run `npm run provision`.',
    );
  if (cognitoUrl === '')
    problems.push('No Cognito endpoint: set COGNITO_ENDPOINT, e.g. http://localhost:9229.');
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    problems.push(`PORT must be 0-65535; got "${env.PORT}".`);
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      port,
      host,
      userPoolId,
      cognitoUrl,
      clientIds,
      allowedOrigins,
      ...(allowedHosts.length > 0 ? { allowedHosts } : {}),
    },
  };
}
