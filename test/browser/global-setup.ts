/**
 * Starts what every browser test needs, once: the local stack, a production build of the app wired to
 * it, and a deliberately misconfigured build. Browser tests read the addresses with `inject('stack')`.
 */
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildApp, serveApp } from '../support/app-build';
import { startStack, type StackInfo } from '../support/stack';
import { missingBrowserMessage } from './support/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
    misconfiguredAppUrl: string;
    /**
     * The same app built with VITE_AUTH_FLOW=USER_PASSWORD_AUTH and a 3 s request timeout (instead
     * of 10 s / 15 s), so the fault-injection tests see a server that never answers fail quickly.
     */
    passwordAppUrl: string;
    /** The request timeout of the passwordAppUrl build, in milliseconds. */
    passwordAppTimeoutMs: number;
    /** The same app built with VITE_TOKEN_STORAGE=local (tabs share the session). */
    localStorageAppUrl: string;
  }
}

// The provisioned SPA client registers this origin's /callback, like `vite preview` would use.
const APP_PORT = 4173;
// Short enough to keep the fault-injection tests quick, long enough for a loaded 2-core machine.
const PASSWORD_APP_TIMEOUT_MS = 3000;

export default async function setup(project: TestProject) {
  const missing = missingBrowserMessage();
  if (missing !== null) throw new Error(missing);

  const appUrl = `http://localhost:${APP_PORT}`;
  const stack = await startStack({ appUrl });
  const outDir = path.resolve('test-results/app');
  const badOutDir = path.resolve('test-results/app-misconfigured');
  const passwordOutDir = path.resolve('test-results/app-password');
  const localOutDir = path.resolve('test-results/app-local-storage');
  await buildApp(stack.env, outDir);
  // One build serves two purposes (builds cost time): the password flow and the short timeout.
  await buildApp(
    {
      ...stack.env,
      VITE_AUTH_FLOW: 'USER_PASSWORD_AUTH',
      VITE_REQUEST_TIMEOUT_MS: String(PASSWORD_APP_TIMEOUT_MS),
    },
    passwordOutDir,
  );
  await buildApp({ ...stack.env, VITE_TOKEN_STORAGE: 'local' }, localOutDir);
  // Missing pool and client, malformed region: the page must name each variable.
  const badEnv = { VITE_COGNITO_REGION: 'moon-1', VITE_API_URL: stack.apiUrl };
  await buildApp(badEnv, badOutDir, { checkConfig: false });
  const app = await serveApp(outDir, APP_PORT, stack.env);
  const badApp = await serveApp(badOutDir, 0, badEnv);
  const passwordApp = await serveApp(passwordOutDir, 0, stack.env);
  const localApp = await serveApp(localOutDir, 0, stack.env);

  const { close, ...info } = stack;
  project.provide('stack', { ...info, appUrl: app.url });
  project.provide('misconfiguredAppUrl', badApp.url);
  project.provide('passwordAppUrl', passwordApp.url);
  project.provide('passwordAppTimeoutMs', PASSWORD_APP_TIMEOUT_MS);
  project.provide('localStorageAppUrl', localApp.url);

  return async () => {
    await Promise.allSettled([app.close(), badApp.close(), passwordApp.close(), localApp.close()]);
    await close();
  };
}
