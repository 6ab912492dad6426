/**
 * The whole local product minus the SPA: the Cognito stand-in, a provisioned pool, and the protected
 * API, each on a free port with throwaway data. Browser tests and the benchmark start it in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startApi } from '../../local/api/server';
import { startLocalCognito } from '../../local/cognito/server';
import { provision } from '../../local/provision/provision';

export interface StackInfo {
  cognitoUrl: string;
  apiUrl: string;
  appUrl: string;
  userPoolId: string;
  spaClientId: string;
  serverClientId: string;
  /** The VITE_* values an app build needs to talk to this stack. */
  env: Record<string, string>;
  tempPasswords: Record<string, string>;
}

export interface Stack extends StackInfo {
  close(): Promise<void>;
}

export async function startStack(options: {
  appUrl: string;
  env?: Record<string, string>;
}): Promise<Stack> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'cra-stack-'));
  const cognito = await startLocalCognito({
    port: 0,
    dataDir,
    quiet: true,
    // The bench and the budget test also serve other builds of the app on free ports.
    allowedOrigins: [options.appUrl, 'http://localhost:*'],
    // The triggers' emails link to the app under test.
    appOrigin: options.appUrl,
  });
  try {
    const provisioned = await provision({
      target: 'local',
      endpoint: cognito.url,
      region: 'us-east-1',
      envFile: false,
      log: () => {},
    });
    const api = await startApi({
      port: 0,
      userPoolId: provisioned.userPoolId,
      cognitoUrl: cognito.url,
      clientIds: [provisioned.spaClientId],
      // Other builds of the app (e.g. the browser tests' VITE_TOKEN_STORAGE=local one) call the API
      // from free ports too.
      allowedOrigins: [options.appUrl, 'http://localhost:*'],
      // The region provisioning scoped the identity pool to; signed calls must use it too.
      region: 'us-east-1',
    });
    const env = {
      ...provisioned.env,
      VITE_COGNITO_ENDPOINT: cognito.url,
      VITE_COGNITO_DOMAIN: cognito.url,
      VITE_API_URL: api.url,
      VITE_REDIRECT_SIGN_IN: `${options.appUrl}/callback`,
      VITE_REDIRECT_SIGN_OUT: `${options.appUrl}/`,
      ...options.env,
    };
    return {
      cognitoUrl: cognito.url,
      apiUrl: api.url,
      appUrl: options.appUrl,
      userPoolId: provisioned.userPoolId,
      spaClientId: provisioned.spaClientId,
      serverClientId: provisioned.serverClientId,
      env,
      tempPasswords: provisioned.tempPasswords,
      async close() {
        await api.close();
        await cognito.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cognito.close();
    throw error;
  }
}
