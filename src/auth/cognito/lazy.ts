/**
 * Loads the Cognito door on first use, so amazon-cognito-identity-js (the largest dependency) stays
 * out of the first load of every page. A stored session is restored without it: that needs only the
 * tokens' payloads. `preload()` fetches the chunk once the page is idle, so a click on Sign in rarely
 * waits for it.
 */
import type { AppConfig } from '../../config/env';
import { AppErrorCode, createAuthError } from '../errors';
import type { AuthServices } from '../services';

// A Record over every key makes the compiler refuse this list when AuthServices gains an operation.
const OPERATIONS: Record<Exclude<keyof AuthServices, 'preload'>, true> = {
  signUp: true,
  confirmSignUp: true,
  resendSignUpCode: true,
  signIn: true,
  completeNewPassword: true,
  answerMfa: true,
  selectMfaType: true,
  associateTotp: true,
  verifyTotp: true,
  setTotpPreference: true,
  getMfaStatus: true,
  forgotPassword: true,
  confirmForgotPassword: true,
  changePassword: true,
  updateAttributes: true,
  verifyAttribute: true,
  refresh: true,
  revokeToken: true,
  globalSignOut: true,
  startUserAuth: true,
  answerUserAuth: true,
  listPasskeys: true,
  startPasskeyRegistration: true,
  completePasskeyRegistration: true,
  deletePasskey: true,
};

export function createLazyCognitoServices(config: AppConfig): AuthServices {
  let loading: Promise<AuthServices> | undefined;
  const load = (): Promise<AuthServices> =>
    (loading ??= import('./services').then(
      (module) => module.createCognitoServices(config),
      (error: unknown) => {
        // A chunk that failed to download (offline, a deploy replaced it) may load on the next try.
        loading = undefined;
        throw createAuthError(AppErrorCode.network, { cause: error, source: 'network' });
      },
    ));

  const operations = Object.fromEntries(
    Object.keys(OPERATIONS).map((name) => [
      name,
      async (...args: unknown[]) => {
        const services = await load();
        const operation = services[name as keyof typeof OPERATIONS] as (
          ...a: unknown[]
        ) => Promise<unknown>;
        return operation.apply(services, args);
      },
    ]),
  ) as unknown as AuthServices;

  return {
    ...operations,
    preload: () => load().then(() => undefined),
  };
}
