/**
 * The front object screens and tests hold: the session core plus the flows' actions (sign-in,
 * sign-up, TOTP, account), each a plain function bound to this tab's session, so screens and hooks
 * can pass them around. Nothing here touches state; the flows go through the core's flowContext.
 */
import type { AuthContextValue } from '../types';
import { accountActions } from './account';
import { SessionCore } from './core';
import { signInActions } from './signIn';
import { signUpActions } from './signUp';
import { totpActions } from './totp';

export class SessionManager extends SessionCore {
  // Field initializers run after SessionCore's constructor, so flowContext is ready here.
  readonly #signUp = signUpActions(this.flowContext);
  readonly #signIn = signInActions(this.flowContext);
  readonly #totp = totpActions(this.flowContext, this.totpIssuer);
  readonly #account = accountActions(this.flowContext);

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

  /** The methods and state as `useAuth()` returns them. */
  toContextValue(): AuthContextValue {
    return {
      ...this.#signUp,
      ...this.#signIn,
      ...this.#totp,
      ...this.#account,
      state: this.getState(),
      getAccessToken: this.getAccessToken,
      cancelFlow: this.cancelFlow,
    };
  }
}
