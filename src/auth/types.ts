/**
 * The contract between the auth core and the screens: the named steps of a session, the one error
 * shape, and what `useAuth()` offers. Screens follow the step; they never hold auth state of their own.
 */
import type { AwsCredentials } from './credentials';

export type SignInMethod = 'password' | 'hostedUi' | 'passkey' | 'emailCode';
export type MfaChallenge = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA';

export interface SessionTokens {
  idToken: string;
  accessToken: string;
  /** Absent only when Cognito issued none (it always does for the flows we use). */
  refreshToken?: string;
}

export interface SignedInUser {
  username: string;
  sub: string;
  email?: string;
  name?: string;
  groups: readonly string[];
  signInMethod: SignInMethod;
  /** Epoch milliseconds. */
  idTokenExpiresAt: number;
  /** Epoch milliseconds. */
  accessTokenExpiresAt: number;
  idTokenClaims: Readonly<Record<string, unknown>>;
  accessTokenClaims: Readonly<Record<string, unknown>>;
}

/** A passkey as ListWebAuthnCredentials describes it (Cognito keeps no "last used"). */
export interface Passkey {
  id: string;
  name: string;
  /** Epoch milliseconds. */
  createdAt: number;
  /** 'platform' (this device) or 'cross-platform' (a security key or phone), when known. */
  attachment?: string;
}

export interface CodeDelivery {
  /** Masked destination as Cognito reports it, e.g. "a***@e***". */
  destination?: string;
  medium?: 'EMAIL' | 'SMS' | string;
}

export type AuthState =
  | { step: 'loading' }
  | { step: 'signedOut'; notice?: string }
  | { step: 'confirmSignUp'; username: string; delivery?: CodeDelivery }
  | {
      step: 'newPasswordRequired';
      /** Cognito's internal username (often a UUID): for the flow, never to show. */
      username: string;
      requiredAttributes: readonly string[];
      /** How to address the person: their name, else their email, as the challenge reports them. */
      displayName?: string;
    }
  | {
      step: 'mfa';
      username: string;
      challenge: MfaChallenge | 'SELECT_MFA_TYPE';
      delivery?: CodeDelivery;
      options?: readonly MfaChallenge[];
    }
  | { step: 'mfaSetup'; username: string }
  | { step: 'signedIn'; user: SignedInUser };

export type AuthStep = AuthState['step'];

export type AuthErrorSource = 'cognito' | 'network' | 'hostedUi' | 'api' | 'app';

/** Every caught error becomes an AuthError once (see errors.ts, where the class lives). */
export type { AuthError } from './errors';

export interface SignUpInput {
  email: string;
  password: string;
  /** Other attributes, e.g. { name: 'Ada' }. */
  attributes: Record<string, string>;
}

export interface TotpSetup {
  secretCode: string;
  /** otpauth:// URI for the QR code. */
  otpauthUri: string;
}

export interface SignOutResult {
  leavingPage: boolean;
}

/** What `useAuth()` returns. Every action rejects with an AuthError. */
export interface AuthContextValue {
  state: AuthState;
  signUp(input: SignUpInput): Promise<void>;
  confirmSignUp(code: string): Promise<void>;
  resendSignUpCode(username?: string): Promise<CodeDelivery>;
  signIn(input: { username: string; password: string }): Promise<void>;
  completeNewPassword(input: {
    newPassword: string;
    attributes: Record<string, string>;
  }): Promise<void>;
  answerMfa(code: string): Promise<void>;
  selectMfaType(type: MfaChallenge): Promise<void>;
  /** Associates a software token; works signed in (account page) or in the mfaSetup step. */
  setupTotp(): Promise<TotpSetup>;
  /** Verifies the first code and makes TOTP the preferred factor. */
  verifyTotp(code: string, friendlyName?: string): Promise<void>;
  disableTotp(): Promise<void>;
  getMfaStatus(): Promise<{ totpEnabled: boolean; preferred?: MfaChallenge }>;
  forgotPassword(username: string): Promise<CodeDelivery>;
  confirmForgotPassword(input: {
    username: string;
    code: string;
    newPassword: string;
  }): Promise<void>;
  changePassword(input: { oldPassword: string; newPassword: string }): Promise<void>;
  /** Resolves whether a verification code was sent (a changed email must be verified). */
  updateAttributes(
    attributes: Record<string, string>,
  ): Promise<{ verificationRequired: boolean; delivery?: CodeDelivery }>;
  verifyAttribute(attribute: string, code: string): Promise<void>;
  /**
   * Ends the session here. Resolves `leavingPage: true` when the browser is on its way to the hosted
   * UI's /logout: the page it returns to shows the signed-out landing, so the screen must not.
   */
  signOut(): Promise<SignOutResult>;
  signOutEverywhere(): Promise<SignOutResult>;
  /**
   * The only way to a token: refreshes ahead of expiry and shares one refresh among callers.
   * `forceRefresh` refreshes even a token that looks valid (the API client uses it after a 401).
   */
  getAccessToken(options?: { forceRefresh?: boolean }): Promise<string>;
  /** Choice-based sign-in with a passkey: the browser's prompt between two Cognito calls. */
  signInWithPasskey(username: string): Promise<void>;
  /** Emails a sign-in code (again, for a resend); answerEmailCode finishes the sign-in. */
  sendEmailCode(username: string): Promise<CodeDelivery>;
  /** A wrong code can be corrected; three wrong codes or three minutes end the attempt. */
  answerEmailCode(code: string): Promise<void>;
  listPasskeys(): Promise<Passkey[]>;
  /** Runs the browser's passkey creation and registers the result with Cognito. */
  addPasskey(): Promise<void>;
  removePasskey(id: string): Promise<void>;
  /**
   * Temporary AWS credentials from the identity pool (config.identityPool): the user's when signed in,
   * a guest's otherwise. Cached until shortly before expiry; dropped on sign-in and sign-out.
   */
  getAwsCredentials(): Promise<AwsCredentials>;
  /** The hosted-UI callback hands its tokens here, into the same session store. */
  completeHostedSignIn(tokens: SessionTokens): Promise<void>;
  /** Leaves an unfinished step (confirm, MFA, new password) and returns to signedOut. */
  cancelFlow(): void;
}
