/**
 * The front object screens and tests hold: the session core plus the flows' actions (sign-in,
 * sign-up, TOTP, account), each a plain function bound to this tab's session, so screens and hooks
 * can pass them around. Nothing here touches state; the flows go through the core's flowContext.
 */
import { CredentialsError, CredentialsProvider, type AwsCredentials } from '../credentials';
import type { AuthContextValue } from '../types';
import { accountActions } from './account';
import { SessionCore } from './core';
import { passwordlessActions } from './passwordless';
import type { SessionManagerOptions } from './options';
import { signInActions } from './signIn';
import { signUpActions } from './signUp';
import { totpActions } from './totp';

export class SessionManager extends SessionCore {
  // Field initializers run after SessionCore's constructor, so flowContext is ready here.
  readonly #signUp = signUpActions(this.flowContext);
  readonly #signIn = signInActions(this.flowContext);
  readonly #totp = totpActions(this.flowContext, this.totpIssuer);
  readonly #account = accountActions(this.flowContext);
  readonly #passwordless = passwordlessActions(this.flowContext);

  readonly signUp = this.#signUp.signUp;
  readonly confirmSignUp = this.#signUp.confirmSignUp;
  readonly resendSignUpCode = this.#signUp.resendSignUpCode;
  readonly signIn = this.#signIn.signIn;
  readonly completeNewPassword = this.#signIn.completeNewPassword;
  readonly answerMfa = this.#signIn.answerMfa;
  readonly selectMfaType = this.#signIn.selectMfaType;
  readonly completeHostedSignIn = this.#signIn.completeHostedSignIn;
  readonly forgotPassword = this.#signIn.forgotPassword;
  readonly confirmForgotPassword = this.#signIn.confirmForgotPassword;
  readonly setupTotp = this.#totp.setupTotp;
  readonly verifyTotp = this.#totp.verifyTotp;
  readonly disableTotp = this.#totp.disableTotp;
  readonly getMfaStatus = this.#totp.getMfaStatus;
  readonly changePassword = this.#account.changePassword;
  readonly updateAttributes = this.#account.updateAttributes;
  readonly verifyAttribute = this.#account.verifyAttribute;
  readonly signOut = this.#account.signOut;
  readonly signOutEverywhere = this.#account.signOutEverywhere;
  readonly signInWithPasskey = this.#passwordless.signInWithPasskey;
  readonly sendEmailCode = this.#passwordless.sendEmailCode;
  readonly answerEmailCode = this.#passwordless.answerEmailCode;
  readonly listPasskeys = this.#passwordless.listPasskeys;
  readonly addPasskey = this.#passwordless.addPasskey;
  readonly removePasskey = this.#passwordless.removePasskey;

  readonly #credentials = this.config.identityPool
    ? new CredentialsProvider({
        pool: this.config.identityPool,
        region: this.config.region,
        userPoolId: this.config.userPoolId,
        // Cognito Identity is part of Cognito: the same limit as the user pool's API.
        timeoutMs: this.config.requestTimeouts.cognitoMs,
        login: async () => {
          if (this.getState().step === 'loading') await this.restore();
          const state = this.getState();
          if (state.step !== 'signedIn') return null;
          // Refreshes the ID token too when it is about to expire (refresh.ts checks both).
          await this.getAccessToken();
          const session = this.flowContext.session();
          return session ? { sub: state.user.sub, idToken: session.tokens.idToken } : null;
        },
      })
    : null;
  /** Whose credentials may be cached: a new owner (sign-in, sign-out, in any tab) drops them. */
  #credentialsOwner: string | null = null;

  constructor(options: SessionManagerOptions) {
    super(options);
    this.subscribe(() => {
      const state = this.getState();
      const owner =
        state.step === 'signedIn' ? state.user.sub : state.step === 'signedOut' ? '' : null;
      if (owner === null || owner === this.#credentialsOwner) return;
      this.#credentialsOwner = owner;
      this.#credentials?.clear();
    });
  }

  /** Temporary AWS credentials for the signed-in user, or for a guest when the pool allows it. */
  readonly getAwsCredentials = (): Promise<AwsCredentials> =>
    this.#credentials
      ? this.#credentials.get()
      : Promise.reject(
          new CredentialsError('server', 'No identity pool is configured (VITE_IDENTITY_POOL_ID).'),
        );

  /** The methods and state as `useAuth()` returns them. */
  toContextValue(): AuthContextValue {
    return {
      ...this.#signUp,
      ...this.#signIn,
      ...this.#totp,
      ...this.#account,
      ...this.#passwordless,
      state: this.getState(),
      getAccessToken: this.getAccessToken,
      getAwsCredentials: this.getAwsCredentials,
      cancelFlow: this.cancelFlow,
    };
  }
}
