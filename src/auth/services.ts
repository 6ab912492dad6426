/**
 * What the session manager needs from Cognito, as promises that reject with AuthError. The default
 * implementation lives in ./cognito (the only SDK importer); tests and other back ends can pass their
 * own through `AuthProvider`'s `services` prop.
 */
import type { AuthFlow } from '../config/env';
import type { CodeDelivery, MfaChallenge, Passkey, SessionTokens } from './types';

/** An unfinished sign-in (new password, MFA, MFA setup). Opaque: only the services that made it read it. */
export interface FlowHandle {
  readonly username: string;
}

export type SignInOutcome =
  | { kind: 'signedIn'; tokens: SessionTokens }
  | {
      kind: 'newPasswordRequired';
      flow: FlowHandle;
      requiredAttributes: readonly string[];
      /** The person's name, else email, from the challenge's attributes, when it names either. */
      displayName?: string;
    }
  | { kind: 'mfa'; flow: FlowHandle; challenge: MfaChallenge; delivery?: CodeDelivery }
  | { kind: 'selectMfa'; flow: FlowHandle; options: readonly MfaChallenge[] }
  | { kind: 'mfaSetup'; flow: FlowHandle };

/** The first factors choice-based sign-in (USER_AUTH) can go straight to, besides the password. */
export type PasswordlessFactor = 'WEB_AUTHN' | 'EMAIL_OTP';

/** Cognito's answer to USER_AUTH with a PREFERRED_CHALLENGE. */
export type UserAuthOutcome =
  | { kind: 'signedIn'; tokens: SessionTokens }
  /** `requestOptions` is Cognito's CREDENTIAL_REQUEST_OPTIONS, a JSON string. */
  | { kind: 'webAuthn'; flow: FlowHandle; requestOptions: string }
  | { kind: 'emailOtp'; flow: FlowHandle; delivery: CodeDelivery }
  /** The preferred factor is not open to this user (SELECT_CHALLENGE); `available` is what is. */
  | { kind: 'unavailable'; available: readonly string[] };

export type UserAuthAnswer =
  { challenge: 'WEB_AUTHN'; credential: string } | { challenge: 'EMAIL_OTP'; code: string };

/** Either an unfinished sign-in (MFA setup during sign-in) or a signed-in user's access token. */
export type TotpTarget = { flow: FlowHandle } | { accessToken: string };

export interface AuthServices {
  signUp(input: {
    username: string;
    password: string;
    attributes: Record<string, string>;
  }): Promise<{ userConfirmed: boolean; delivery?: CodeDelivery }>;
  confirmSignUp(username: string, code: string): Promise<void>;
  resendSignUpCode(username: string): Promise<CodeDelivery>;
  signIn(username: string, password: string, flow: AuthFlow): Promise<SignInOutcome>;
  completeNewPassword(
    flow: FlowHandle,
    newPassword: string,
    attributes: Record<string, string>,
  ): Promise<SignInOutcome>;
  answerMfa(flow: FlowHandle, code: string, challenge: MfaChallenge): Promise<SignInOutcome>;
  selectMfaType(flow: FlowHandle, type: MfaChallenge): Promise<SignInOutcome>;
  /** Returns the TOTP shared secret. */
  associateTotp(target: TotpTarget): Promise<string>;
  /** During sign-in, resolves with the outcome (normally signedIn); signed in, with null. */
  verifyTotp(
    target: TotpTarget,
    code: string,
    friendlyName?: string,
  ): Promise<SignInOutcome | null>;
  setTotpPreference(accessToken: string, enabled: boolean): Promise<void>;
  getMfaStatus(accessToken: string): Promise<{ totpEnabled: boolean; preferred?: MfaChallenge }>;
  forgotPassword(username: string): Promise<CodeDelivery>;
  confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void>;
  changePassword(accessToken: string, oldPassword: string, newPassword: string): Promise<void>;
  /** Resolves with where verification codes went (empty when none was needed). */
  updateAttributes(
    accessToken: string,
    attributes: Record<string, string>,
  ): Promise<CodeDelivery[]>;
  verifyAttribute(accessToken: string, attribute: string, code: string): Promise<void>;
  /**
   * GetTokensFromRefreshToken: one request, no retries (the caller owns the retry policy). The result
   * always holds a refresh token: the rotated one when the client rotates, otherwise the one given.
   */
  refresh(refreshToken: string): Promise<SessionTokens>;
  /** RevokeToken: invalidates the refresh token and the tokens issued from it. */
  revokeToken(refreshToken: string): Promise<void>;
  globalSignOut(accessToken: string): Promise<void>;
  /** InitiateAuth USER_AUTH with PREFERRED_CHALLENGE: one request. */
  startUserAuth(username: string, preferred: PasswordlessFactor): Promise<UserAuthOutcome>;
  /** RespondToAuthChallenge for the challenge startUserAuth opened; the flow survives a wrong code. */
  answerUserAuth(flow: FlowHandle, answer: UserAuthAnswer): Promise<SignInOutcome>;
  listPasskeys(accessToken: string): Promise<Passkey[]>;
  /** StartWebAuthnRegistration: the creation options as Cognito's JSON object. */
  startPasskeyRegistration(accessToken: string): Promise<object>;
  /** CompleteWebAuthnRegistration with the credential's toJSON(). */
  completePasskeyRegistration(accessToken: string, credential: object): Promise<void>;
  deletePasskey(accessToken: string, credentialId: string): Promise<void>;
  /** Fetches what the operations need (the SDK's chunk) ahead of first use; optional. */
  preload?(): Promise<void>;
}
