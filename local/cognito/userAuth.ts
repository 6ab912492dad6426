// Choice-based sign-in (AuthFlow USER_AUTH): SELECT_CHALLENGE and the first factors PASSWORD, PASSWORD_SRP,
// EMAIL_OTP and WEB_AUTHN. Password factors hand over to the existing state machine, so MFA and forced
// password changes behave exactly as in USER_PASSWORD_AUTH and USER_SRP_AUTH.
import { randomBytes, randomInt } from 'node:crypto';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { attributeValue } from 'cognito-local/lib/services/userPoolService';
import {
  CognitoError,
  InvalidParameterError,
  NotAuthorizedError,
  UserNotConfirmedException,
} from 'cognito-local/lib/errors';
import type { AuthFlow, AuthStep, Challenge } from './auth.ts';
import { maskDestination } from './delivery.ts';
import type { Layer } from './layer.ts';
import { allowedFirstFactors } from './passkeys.ts';
import { INCORRECT, hidesUserExistence, unknownUserError } from './policy.ts';

/** Challenge names answered here rather than by AuthFlow.respond. */
export const CHOICE_CHALLENGES: ReadonlySet<string> = new Set([
  'SELECT_CHALLENGE',
  'PASSWORD',
  'PASSWORD_SRP',
  'EMAIL_OTP',
  'WEB_AUTHN',
]);

const FIRST_FACTOR_CHALLENGES = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'WEB_AUTHN'] as const;
type FirstFactorChallenge = (typeof FIRST_FACTOR_CHALLENGES)[number];

const isFirstFactor = (name: string): name is FirstFactorChallenge =>
  (FIRST_FACTOR_CHALLENGES as readonly string[]).includes(name);

/** Wrong sign-in codes tolerated in one session; the next one ends it and the user starts over. */
export const EMAIL_OTP_MAX_ATTEMPTS = 3;

/** Cognito's sign-in codes by email have eight digits (unlike its six-digit confirmation codes). */
export const signInCode = (): string => String(randomInt(0, 100_000_000)).padStart(8, '0');

/** What a choice-based session remembers between calls. */
export interface ChoiceState {
  available: FirstFactorChallenge[];
  /** An unknown user on a client that hides user existence: every answer fails as a wrong one would. */
  decoy: boolean;
  webAuthnChallenge?: string;
  emailOtp?: { code: string; wrong: number };
}

const CODE_MISMATCH = (): CognitoError =>
  new CognitoError('CodeMismatchException', 'Invalid code or auth state for the user.');

export class ChoiceFlow {
  constructor(
    private readonly layer: Layer,
    private readonly ctx: Context,
    private readonly pool: UserPoolService,
    private readonly client: AppClient,
    private readonly flow: AuthFlow,
  ) {}

  /** InitiateAuth USER_AUTH: straight to the preferred challenge when the user can do it, else SELECT_CHALLENGE. */
  async start(params: Record<string, string>): Promise<AuthStep> {
    const username = params.USERNAME;
    if (!username) throw new InvalidParameterError('Missing required parameter USERNAME');
    const preferred = params.PREFERRED_CHALLENGE;
    if (preferred !== undefined && !isFirstFactor(preferred)) {
      throw new InvalidParameterError(
        `PREFERRED_CHALLENGE must be one of ${FIRST_FACTOR_CHALLENGES.join(', ')}.`,
      );
    }
    const user = await this.pool.getUserByUsername(this.ctx, username);
    if (!user && !hidesUserExistence(this.client)) throw unknownUserError(this.client);
    const state: ChoiceState = user
      ? { available: this.available(user), decoy: false }
      : { available: this.decoyAvailable(username), decoy: true };
    const sessionName = user?.Username ?? username;
    if (preferred && state.available.includes(preferred)) {
      return this.begin(preferred, sessionName, user, state, params);
    }
    return this.session(sessionName, 'SELECT_CHALLENGE', state, {}, state.available);
  }

  async respond(
    challengeName: string,
    sessionId: string | undefined,
    r: Record<string, string>,
  ): Promise<AuthStep> {
    const s = this.layer.sessions.get(sessionId, challengeName, this.client.ClientId);
    const state = s.choice;
    if (!state) throw new NotAuthorizedError('Invalid session for the user.');
    const user = state.decoy ? null : await this.pool.getUserByUsername(this.ctx, s.username);
    if (!state.decoy && !user) {
      this.layer.sessions.end(s);
      throw new NotAuthorizedError(INCORRECT);
    }
    switch (challengeName) {
      case 'SELECT_CHALLENGE': {
        const answer = r.ANSWER;
        if (!answer) throw new InvalidParameterError('Missing required parameter ANSWER');
        if (!isFirstFactor(answer) || !state.available.includes(answer)) {
          throw new InvalidParameterError(
            `ANSWER must be one of the AvailableChallenges: ${state.available.join(', ')}.`,
          );
        }
        this.layer.sessions.end(s);
        return this.begin(answer, s.username, user, { ...state, available: [answer] }, r);
      }
      case 'PASSWORD':
        if (!r.PASSWORD) throw new InvalidParameterError('Missing required parameter PASSWORD');
        this.layer.sessions.end(s);
        return this.flow.withPassword(s.username, r.PASSWORD);
      case 'PASSWORD_SRP':
        if (!r.SRP_A) throw new InvalidParameterError('Missing required parameter SRP_A');
        this.layer.sessions.end(s);
        return this.flow.startSrp(s.username, r.SRP_A);
      case 'EMAIL_OTP': {
        const code = r.EMAIL_OTP_CODE;
        if (!code) throw new InvalidParameterError('Missing required parameter EMAIL_OTP_CODE');
        const sent = state.emailOtp;
        if (!user || !sent || code !== sent.code) {
          if (sent) sent.wrong += 1;
          if (!sent || sent.wrong >= EMAIL_OTP_MAX_ATTEMPTS) this.layer.sessions.end(s);
          throw CODE_MISMATCH();
        }
        this.layer.sessions.end(s);
        return this.afterFirstFactor(user);
      }
      case 'WEB_AUTHN': {
        if (!r.CREDENTIAL) throw new InvalidParameterError('Missing required parameter CREDENTIAL');
        // A WebAuthn challenge is signed once: whatever the outcome, this session is spent.
        this.layer.sessions.end(s);
        if (!user || !state.webAuthnChallenge) throw new NotAuthorizedError(INCORRECT);
        await this.layer.passkeys.verifyAssertion(
          this.pool.options.Id,
          this.client,
          this.sub(user),
          state.webAuthnChallenge,
          r.CREDENTIAL,
        );
        return this.afterFirstFactor(user);
      }
      default:
        throw new InvalidParameterError(`Unsupported challenge ${challengeName}`);
    }
  }

  /** Factors the pool allows that this user can complete. */
  private available(user: User): FirstFactorChallenge[] {
    const allowed = new Set(allowedFirstFactors(this.pool.options));
    const out: FirstFactorChallenge[] = [];
    if (allowed.has('PASSWORD')) out.push('PASSWORD', 'PASSWORD_SRP');
    const email = attributeValue('email', user.Attributes);
    if (
      allowed.has('EMAIL_OTP') &&
      email &&
      attributeValue('email_verified', user.Attributes) === 'true'
    ) {
      out.push('EMAIL_OTP');
    }
    if (
      allowed.has('WEB_AUTHN') &&
      this.layer.passkeys.list(this.pool.options.Id, this.sub(user)).length > 0
    ) {
      out.push('WEB_AUTHN');
    }
    return out;
  }

  /** What a typical account would be offered, so an unknown username looks like any other. */
  private decoyAvailable(username: string): FirstFactorChallenge[] {
    const allowed = new Set(allowedFirstFactors(this.pool.options));
    const out: FirstFactorChallenge[] = [];
    if (allowed.has('PASSWORD')) out.push('PASSWORD', 'PASSWORD_SRP');
    if (allowed.has('EMAIL_OTP') && username.includes('@')) out.push('EMAIL_OTP');
    return out;
  }

  private sub(user: User): string {
    return attributeValue('sub', user.Attributes) ?? user.Username;
  }

  private async begin(
    challenge: FirstFactorChallenge,
    username: string,
    user: User | null,
    state: ChoiceState,
    params: Record<string, string>,
  ): Promise<AuthStep> {
    switch (challenge) {
      case 'PASSWORD':
        // The password may come with the choice, which saves a round trip.
        return params.PASSWORD
          ? this.flow.withPassword(username, params.PASSWORD)
          : this.session(username, 'PASSWORD', state, {});
      case 'PASSWORD_SRP':
        return params.SRP_A
          ? this.flow.startSrp(username, params.SRP_A)
          : this.session(username, 'PASSWORD_SRP', state, {});
      case 'EMAIL_OTP':
        return this.sendEmailOtp(username, user, state);
      case 'WEB_AUTHN': {
        if (!user) throw new NotAuthorizedError(INCORRECT);
        const options = await this.layer.passkeys.assertionOptions(
          this.pool.options.Id,
          this.sub(user),
        );
        return this.session(
          username,
          'WEB_AUTHN',
          { ...state, webAuthnChallenge: options.challenge },
          { CREDENTIAL_REQUEST_OPTIONS: JSON.stringify(options) },
        );
      }
    }
  }

  private sendEmailOtp(username: string, user: User | null, state: ChoiceState): Challenge {
    const email = user ? attributeValue('email', user.Attributes) : username;
    if (!email) throw new InvalidParameterError('EMAIL_OTP requires a verified email address');
    // Nothing is sent for an unknown user, but the answer looks the same and no code will match.
    const code = user ? this.layer.signInCode() : randomBytes(16).toString('hex');
    if (user) this.layer.inbox.record(email, code, 'signIn');
    return this.session(
      username,
      'EMAIL_OTP',
      { ...state, emailOtp: { code, wrong: 0 } },
      { CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL', CODE_DELIVERY_DESTINATION: maskDestination(email) },
    );
  }

  private session(
    username: string,
    challenge: string,
    choice: ChoiceState,
    params: Record<string, string>,
    available?: FirstFactorChallenge[],
  ): Challenge {
    const s = this.layer.sessions.create({
      poolId: this.pool.options.Id,
      clientId: this.client.ClientId,
      username,
      challenge,
      choice,
    });
    return {
      kind: 'challenge',
      ChallengeName: challenge,
      ChallengeParameters: params,
      Session: s.id,
      ...(available ? { AvailableChallenges: available } : {}),
    };
  }

  /**
   * A passkey or an emailed code proves the user without a password. Cognito does not ask for MFA after
   * a passwordless first factor, but a disabled or unconfirmed account still cannot sign in.
   */
  private afterFirstFactor(user: User): AuthStep {
    if (!user.Enabled) throw new NotAuthorizedError('User is disabled.');
    if (user.UserStatus === 'UNCONFIRMED') throw new UserNotConfirmedException();
    return { kind: 'authenticated', user };
  }
}
