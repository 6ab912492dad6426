/**
 * An in-memory AuthServices: the session core's own seam, faked at the level the core speaks
 * (operations and sign-in outcomes), not Cognito's wire format. By default it behaves like a small
 * user pool (users, one valid code, refresh tokens that can be revoked); a test scripts any operation
 * to answer otherwise, and every call is recorded.
 */
import { decodeJwt } from '../../src/auth/jwt';
import { createAuthError } from '../../src/auth/errors';
import type { AuthServices, FlowHandle, SignInOutcome } from '../../src/auth/services';
import type { CodeDelivery, Passkey, SessionTokens } from '../../src/auth/types';
import { mintTokens } from './cognito-http-fake';

type Operation = Exclude<keyof AuthServices, 'preload'>;
type Args<K extends Operation> = Parameters<AuthServices[K]>;
type Result<K extends Operation> = Awaited<ReturnType<AuthServices[K]>>;
/** A scripted answer: return (or resolve) the result, or throw (or reject) the failure. */
export type Answer<K extends Operation> = (...args: Args<K>) => Result<K> | Promise<Result<K>>;

export interface FakeServiceUser {
  username: string;
  password: string;
  confirmed: boolean;
  attributes: Record<string, string>;
  /** What a correct password leads to instead of tokens. */
  challenge?: 'newPassword' | 'totp' | 'mfaSetup';
  totpEnabled: boolean;
  /** Its passkeys; the fake's assertion for one is `{"id":"<its id>"}`. */
  passkeys: Passkey[];
}

/** The AuthError the real services would reject with for a Cognito code. */
export const serviceError = (code: string) => createAuthError(code);

const EMAIL: CodeDelivery = { destination: 'a***@e***', medium: 'EMAIL' };

export class FakeAuthServices implements AuthServices {
  readonly calls: { op: Operation; args: unknown[] }[] = [];
  readonly users = new Map<string, FakeServiceUser>();
  /** Refresh token → username, for every refresh token this pool issued. */
  readonly refreshTokens = new Map<string, string>();
  readonly revoked = new Set<string>();
  /** The one code every confirmation, MFA and reset accepts. */
  code = '123456';
  tokenLifetimeSeconds = 3600;
  /**
   * Refresh-token rotation on the app client: each refresh returns a new refresh token, and the old
   * one is refused (RefreshTokenReuseException) once `graceMs` has passed. Off by default, as Cognito.
   */
  rotation: { graceMs: number } | null = null;
  /** Rotated-away refresh token → the end of its grace period, on `now`. */
  readonly rotated = new Map<string, number>();
  readonly #scripts = new Map<Operation, { answers: Answer<Operation>[]; always?: boolean }>();

  constructor(readonly now: () => number = () => Date.now()) {}

  /** The next calls of `op` get these answers, one each, in order. */
  script<K extends Operation>(op: K, ...answers: Answer<K>[]): this {
    this.#scripts.set(op, { answers: answers as unknown as Answer<Operation>[] });
    return this;
  }

  /** Every call of `op` gets this answer until `restore(op)`. */
  always<K extends Operation>(op: K, answer: Answer<K>): this {
    this.#scripts.set(op, { answers: [answer as unknown as Answer<Operation>], always: true });
    return this;
  }

  restore(op: Operation): this {
    this.#scripts.delete(op);
    return this;
  }

  count(op: Operation): number {
    return this.calls.filter((c) => c.op === op).length;
  }

  addUser(user: Partial<FakeServiceUser> & { username: string; password: string }) {
    const full: FakeServiceUser = {
      confirmed: true,
      attributes: { email: user.username },
      totpEnabled: false,
      passkeys: [],
      ...user,
    };
    this.users.set(full.username, full);
    return full;
  }

  /** Tokens as the pool would issue them; the refresh token is registered for refresh and revoke. */
  issue(username: string, options: { expiresIn?: number } = {}): Required<SessionTokens> {
    const user = this.users.get(username);
    const tokens = mintTokens({
      username,
      email: user?.attributes.email ?? username,
      name: user?.attributes.name,
      now: this.now(),
      expiresIn: options.expiresIn ?? this.tokenLifetimeSeconds,
      lifetime: this.tokenLifetimeSeconds,
    }) as Required<SessionTokens>;
    this.refreshTokens.set(tokens.refreshToken, username);
    return tokens;
  }

  async #run<K extends Operation>(
    op: K,
    args: Args<K>,
    otherwise: () => Result<K> | Promise<Result<K>>,
  ): Promise<Result<K>> {
    this.calls.push({ op, args });
    // Answer on a later tick, as a network would, so concurrent callers really overlap.
    await Promise.resolve();
    const script = this.#scripts.get(op);
    const answer = script?.always ? script.answers[0] : script?.answers.shift();
    if (answer !== undefined) return (answer as unknown as Answer<K>)(...args);
    return otherwise();
  }

  #user(username: string): FakeServiceUser {
    const user = this.users.get(username);
    if (user === undefined) throw serviceError('UserNotFoundException');
    return user;
  }

  #checkCode(code: string, failure = 'CodeMismatchException'): void {
    if (code !== this.code) throw serviceError(failure);
  }

  #userOfToken(accessToken: string): FakeServiceUser {
    const username = decodeJwt(accessToken)?.username;
    if (typeof username !== 'string') throw serviceError('NotAuthorizedException');
    return this.#user(username);
  }

  #signedIn(username: string): SignInOutcome {
    return { kind: 'signedIn', tokens: this.issue(username) };
  }

  signUp(...args: Args<'signUp'>) {
    return this.#run('signUp', args, () => {
      const [{ username, password, attributes }] = args;
      if (this.users.has(username)) throw serviceError('UsernameExistsException');
      this.addUser({ username, password, attributes, confirmed: false });
      return { userConfirmed: false, delivery: EMAIL };
    });
  }

  confirmSignUp(...args: Args<'confirmSignUp'>) {
    return this.#run('confirmSignUp', args, () => {
      const user = this.#user(args[0]);
      this.#checkCode(args[1]);
      user.confirmed = true;
    });
  }

  resendSignUpCode(...args: Args<'resendSignUpCode'>) {
    return this.#run('resendSignUpCode', args, () => EMAIL);
  }

  signIn(...args: Args<'signIn'>) {
    return this.#run('signIn', args, (): SignInOutcome => {
      const [username, password] = args;
      const user = this.#user(username);
      if (user.password !== password) throw serviceError('NotAuthorizedException');
      if (!user.confirmed) throw serviceError('UserNotConfirmedException');
      const flow: FlowHandle = { username };
      if (user.challenge === 'newPassword')
        return { kind: 'newPasswordRequired', flow, requiredAttributes: ['name'] };
      if (user.challenge === 'totp') return { kind: 'mfa', flow, challenge: 'SOFTWARE_TOKEN_MFA' };
      if (user.challenge === 'mfaSetup') return { kind: 'mfaSetup', flow };
      return this.#signedIn(username);
    });
  }

  completeNewPassword(...args: Args<'completeNewPassword'>) {
    return this.#run('completeNewPassword', args, () => {
      const [flow, newPassword, attributes] = args;
      const user = this.#user(flow.username);
      Object.assign(user, { password: newPassword, challenge: undefined });
      Object.assign(user.attributes, attributes);
      return this.#signedIn(flow.username);
    });
  }

  answerMfa(...args: Args<'answerMfa'>) {
    return this.#run('answerMfa', args, () => {
      this.#checkCode(args[1]);
      return this.#signedIn(args[0].username);
    });
  }

  selectMfaType(...args: Args<'selectMfaType'>) {
    return this.#run('selectMfaType', args, (): SignInOutcome => {
      const [flow, challenge] = args;
      return { kind: 'mfa', flow, challenge };
    });
  }

  associateTotp(...args: Args<'associateTotp'>) {
    return this.#run('associateTotp', args, () => 'JBSWY3DPEHPK3PXP');
  }

  verifyTotp(...args: Args<'verifyTotp'>) {
    return this.#run('verifyTotp', args, () => {
      const [target, code] = args;
      this.#checkCode(code, 'EnableSoftwareTokenMFAException');
      if ('flow' in target) {
        this.#user(target.flow.username).totpEnabled = true;
        return this.#signedIn(target.flow.username);
      }
      this.#userOfToken(target.accessToken).totpEnabled = true;
      return null;
    });
  }

  setTotpPreference(...args: Args<'setTotpPreference'>) {
    return this.#run('setTotpPreference', args, () => {
      this.#userOfToken(args[0]).totpEnabled = args[1];
    });
  }

  getMfaStatus(...args: Args<'getMfaStatus'>) {
    return this.#run('getMfaStatus', args, () => ({
      totpEnabled: this.#userOfToken(args[0]).totpEnabled,
    }));
  }

  forgotPassword(...args: Args<'forgotPassword'>) {
    return this.#run('forgotPassword', args, () => {
      this.#user(args[0]);
      return EMAIL;
    });
  }

  confirmForgotPassword(...args: Args<'confirmForgotPassword'>) {
    return this.#run('confirmForgotPassword', args, () => {
      const [username, code, newPassword] = args;
      const user = this.#user(username);
      this.#checkCode(code);
      user.password = newPassword;
    });
  }

  changePassword(...args: Args<'changePassword'>) {
    return this.#run('changePassword', args, () => {
      const [accessToken, oldPassword, newPassword] = args;
      const user = this.#userOfToken(accessToken);
      if (user.password !== oldPassword) throw serviceError('NotAuthorizedException');
      user.password = newPassword;
    });
  }

  updateAttributes(...args: Args<'updateAttributes'>) {
    return this.#run('updateAttributes', args, () => {
      const [accessToken, attributes] = args;
      const user = this.#userOfToken(accessToken);
      const emailChanged =
        attributes.email !== undefined && attributes.email !== user.attributes.email;
      Object.assign(user.attributes, attributes);
      return emailChanged ? [EMAIL] : [];
    });
  }

  verifyAttribute(...args: Args<'verifyAttribute'>) {
    return this.#run('verifyAttribute', args, () => {
      this.#userOfToken(args[0]);
      this.#checkCode(args[2]);
    });
  }

  startUserAuth(...args: Args<'startUserAuth'>) {
    return this.#run('startUserAuth', args, (): Result<'startUserAuth'> => {
      const [username, preferred] = args;
      const user = this.#user(username);
      const flow: FlowHandle = { username };
      if (preferred === 'EMAIL_OTP') return { kind: 'emailOtp', flow, delivery: EMAIL };
      if (user.passkeys.length === 0)
        return { kind: 'unavailable', available: ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP'] };
      return { kind: 'webAuthn', flow, requestOptions: JSON.stringify({ challenge: 'c' }) };
    });
  }

  answerUserAuth(...args: Args<'answerUserAuth'>) {
    return this.#run('answerUserAuth', args, () => {
      const [flow, answer] = args;
      const user = this.#user(flow.username);
      if (answer.challenge === 'EMAIL_OTP') this.#checkCode(answer.code);
      else {
        const { id } = JSON.parse(answer.credential) as { id?: string };
        if (!user.passkeys.some((p) => p.id === id)) throw serviceError('NotAuthorizedException');
      }
      return this.#signedIn(flow.username);
    });
  }

  listPasskeys(...args: Args<'listPasskeys'>) {
    return this.#run('listPasskeys', args, () => [...this.#userOfToken(args[0]).passkeys]);
  }

  startPasskeyRegistration(...args: Args<'startPasskeyRegistration'>) {
    return this.#run('startPasskeyRegistration', args, () => {
      this.#userOfToken(args[0]);
      return { challenge: 'registration' };
    });
  }

  completePasskeyRegistration(...args: Args<'completePasskeyRegistration'>) {
    return this.#run('completePasskeyRegistration', args, () => {
      const { id } = args[1] as { id?: string };
      this.#userOfToken(args[0]).passkeys.push({
        id: id ?? 'passkey',
        name: 'Passkey on this device',
        createdAt: this.now(),
      });
    });
  }

  deletePasskey(...args: Args<'deletePasskey'>) {
    return this.#run('deletePasskey', args, () => {
      const user = this.#userOfToken(args[0]);
      user.passkeys = user.passkeys.filter((p) => p.id !== args[1]);
    });
  }

  refresh(...args: Args<'refresh'>) {
    return this.#run('refresh', args, () => {
      const [refreshToken] = args;
      const username = this.refreshTokens.get(refreshToken);
      if (username === undefined || this.revoked.has(refreshToken))
        throw serviceError('NotAuthorizedException');
      const graceUntil = this.rotated.get(refreshToken);
      if (graceUntil !== undefined && this.now() >= graceUntil)
        throw serviceError('RefreshTokenReuseException');
      // Without rotation, as Cognito by default, the same refresh token comes back.
      if (this.rotation === null) return { ...this.issue(username), refreshToken };
      if (graceUntil === undefined)
        this.rotated.set(refreshToken, this.now() + this.rotation.graceMs);
      return this.issue(username);
    });
  }

  revokeToken(...args: Args<'revokeToken'>) {
    return this.#run('revokeToken', args, () => {
      this.revoked.add(args[0]);
    });
  }

  globalSignOut(...args: Args<'globalSignOut'>) {
    return this.#run('globalSignOut', args, () => {
      const { username } = this.#userOfToken(args[0]);
      for (const [token, owner] of this.refreshTokens)
        if (owner === username) this.revoked.add(token);
    });
  }
}
