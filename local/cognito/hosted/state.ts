// In-memory state of the hosted UI: authorization codes, browser sessions, and sign-ins in progress.
import { randomBytes } from 'node:crypto';

export interface AuthorizeParams {
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state?: string;
  nonce?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
}

export interface AuthCode extends AuthorizeParams {
  poolId: string;
  username: string;
  authTime: number;
  expiresAt: number;
}

export interface BrowserSession {
  poolId: string;
  username: string;
  authTime: number;
}

/** A sign-in paused on a confirmation code, new password or MFA step. */
export interface PendingSignIn {
  poolId: string;
  clientId: string;
  username: string;
  /** Only kept to finish sign-in after confirming the account, like Cognito's hosted UI does. */
  password?: string;
  challengeSession?: string;
  challengeName?: string;
  /** MFA_SETUP: the TOTP secret being set up, shown again when a code is refused. */
  secret?: string;
}

const CODE_TTL_MS = 5 * 60 * 1000;
export const SESSION_COOKIE = 'cognito-local-session';

const token = (): string => randomBytes(24).toString('base64url');

export class HostedState {
  private readonly codes = new Map<string, AuthCode>();
  private readonly sessions = new Map<string, BrowserSession>();
  private readonly pending = new Map<string, PendingSignIn>();

  constructor(private readonly now: () => number) {}

  issueCode(c: Omit<AuthCode, 'expiresAt'>): string {
    const code = token();
    this.codes.set(code, { ...c, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** Codes are single use: a replayed code is gone. */
  redeemCode(code: string): AuthCode | undefined {
    const c = this.codes.get(code);
    this.codes.delete(code);
    return c && c.expiresAt >= this.now() ? c : undefined;
  }

  startSession(s: BrowserSession): string {
    const id = token();
    this.sessions.set(id, s);
    return id;
  }

  session(id: string | undefined): BrowserSession | undefined {
    return id ? this.sessions.get(id) : undefined;
  }

  endSession(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  putPending(p: PendingSignIn): string {
    const id = token();
    this.pending.set(id, p);
    return id;
  }

  getPending(id: string | undefined): PendingSignIn | undefined {
    return id ? this.pending.get(id) : undefined;
  }

  dropPending(id: string | undefined): void {
    if (id) this.pending.delete(id);
  }
}
