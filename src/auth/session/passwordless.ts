/**
 * Passwordless sign-in through Cognito's choice-based flow (USER_AUTH with PREFERRED_CHALLENGE), and a
 * signed-in user's passkeys. Each sign-in is two calls: InitiateAuth names the challenge, one
 * RespondToAuthChallenge answers it. The password keeps its own SRP path in signIn.ts, untouched.
 */
import { AppErrorCode, createAuthError } from '../errors';
import type { Passkey } from '../types';
import { run, wrongStep, type AuthActions, type FlowContext } from './flow';

export type PasswordlessActions = Pick<
  AuthActions,
  | 'signInWithPasskey'
  | 'sendEmailCode'
  | 'answerEmailCode'
  | 'listPasskeys'
  | 'addPasskey'
  | 'removePasskey'
>;

/** The browser's half of a passkey ceremony (src/auth/webauthn.ts); tests pass their own. */
export interface WebAuthnCeremonies {
  /** Signs CREDENTIAL_REQUEST_OPTIONS; resolves with the credential's JSON string. */
  getAssertion(requestOptions: string): Promise<string>;
  /** Creates a passkey for StartWebAuthnRegistration's options; resolves with its JSON. */
  create(creationOptions: object): Promise<object>;
}

/** Loads the WebAuthn code on first use, so it never weighs on the first load of /sign-in. */
export function lazyWebAuthn(): WebAuthnCeremonies & { preload(): Promise<unknown> } {
  const load = () =>
    import('../webauthn').catch((cause: unknown) => {
      throw createAuthError(AppErrorCode.network, { cause, source: 'network' });
    });
  return {
    preload: () => load().catch(() => undefined),
    getAssertion: async (options) => (await load()).getPasskeyAssertion(options),
    create: async (options) => (await load()).createPasskey(options),
  };
}

export function passwordlessActions(ctx: FlowContext): PasswordlessActions {
  const { services, webAuthn } = ctx;

  return {
    signInWithPasskey: (username) =>
      run('passkey', async () => {
        ctx.pending.clear();
        const outcome = await services.startUserAuth(username.trim(), 'WEB_AUTHN');
        if (outcome.kind === 'signedIn') return ctx.establish(outcome.tokens, 'passkey');
        if (outcome.kind !== 'webAuthn') {
          throw createAuthError(AppErrorCode.passkeyUnavailable, { source: 'app' });
        }
        const credential = await webAuthn.getAssertion(outcome.requestOptions);
        const result = await services.answerUserAuth(outcome.flow, {
          challenge: 'WEB_AUTHN',
          credential,
        });
        if (result.kind !== 'signedIn') throw wrongStep();
        ctx.establish(result.tokens, 'passkey');
      }),

    sendEmailCode: (username) =>
      run('emailCode', async () => {
        ctx.pending.clear();
        const outcome = await services.startUserAuth(username.trim(), 'EMAIL_OTP');
        if (outcome.kind === 'signedIn') {
          ctx.establish(outcome.tokens, 'emailCode');
          return {};
        }
        if (outcome.kind !== 'emailOtp') {
          throw createAuthError(AppErrorCode.emailCodeUnavailable, { source: 'app' });
        }
        ctx.pending.emailCode = outcome.flow;
        return outcome.delivery;
      }),

    answerEmailCode: (code) =>
      run('emailCode', async () => {
        const flow = ctx.pending.emailCode;
        if (flow === null) throw wrongStep();
        const result = await services.answerUserAuth(flow, {
          challenge: 'EMAIL_OTP',
          code: code.trim(),
        });
        if (result.kind !== 'signedIn') throw wrongStep();
        ctx.establish(result.tokens, 'emailCode');
      }),

    listPasskeys: (): Promise<Passkey[]> =>
      run('passkeys', async () => services.listPasskeys(await ctx.getAccessToken())),

    addPasskey: () =>
      run('passkeys', async () => {
        const options = await services.startPasskeyRegistration(await ctx.getAccessToken());
        const credential = await webAuthn.create(options);
        await services.completePasskeyRegistration(await ctx.getAccessToken(), credential);
      }),

    removePasskey: (id) =>
      run('passkeys', async () => services.deletePasskey(await ctx.getAccessToken(), id)),
  };
}
