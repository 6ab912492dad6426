// Sign-in state machine shared by the API (InitiateAuth/RespondToAuthChallenge) and the hosted login page.
import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'cognito-local/lib/services/context';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { attributeValue, attributesToRecord } from 'cognito-local/lib/services/userPoolService';
import { verify as verifyTotp } from 'cognito-local/lib/services/totp';
import {
  CodeMismatchError,
  CognitoError,
  InvalidParameterError,
  NotAuthorizedError,
  PasswordResetRequiredError,
  UserNotConfirmedException,
} from 'cognito-local/lib/errors';
import type { ChallengeSession, Layer } from './layer.ts';
import { MFA_SETUP } from './mfaSetup.ts';
import {
  INCORRECT,
  assertPasswordPolicy,
  assertRequiredAttributes,
  missingRequired,
  unknownUserError,
  hidesUserExistence,
} from './policy.ts';
import {
  parseHexBig,
  randomSaltHex,
  serverEphemeral,
  verifier,
  verifyPasswordClaim,
} from './srp.ts';

export interface Challenge {
  kind: 'challenge';
  ChallengeName: string;
  ChallengeParameters: Record<string, string>;
  Session: string;
  /** SELECT_CHALLENGE only: the first factors this user may choose from. */
  AvailableChallenges?: string[];
}

export interface Authenticated {
  kind: 'authenticated';
  user: User;
}

export type AuthStep = Challenge | Authenticated;

const poolName = (poolId: string): string => poolId.split('_')[1] ?? poolId;

// Decoy salts must be stable per username so probing twice does not reveal anything.
const decoyKey = randomBytes(32);

export class AuthFlow {
  constructor(
    private readonly layer: Layer,
    private readonly ctx: Context,
    private readonly pool: UserPoolService,
    private readonly client: AppClient,
  ) {}

  private challenge(user: User, name: string, params: Record<string, string>): Challenge {
    const s = this.layer.sessions.create({
      poolId: this.pool.options.Id,
      clientId: this.client.ClientId,
      username: user.Username,
      challenge: name,
    });
    return {
      kind: 'challenge',
      ChallengeName: name,
      ChallengeParameters: { USER_ID_FOR_SRP: user.Username, ...params },
      Session: s.id,
    };
  }

  private async findUser(username: string | undefined): Promise<User | null> {
    if (!username) throw new InvalidParameterError('Missing required parameter USERNAME');
    return this.pool.getUserByUsername(this.ctx, username);
  }

  /** USER_PASSWORD_AUTH and the hosted form. */
  async withPassword(
    username: string | undefined,
    password: string | undefined,
  ): Promise<AuthStep> {
    const user = await this.findUser(username);
    if (!user) throw unknownUserError(this.client);
    if (user.Password !== password) throw new NotAuthorizedError(INCORRECT);
    return this.afterPassword(user);
  }

  /** USER_SRP_AUTH first step. */
  async startSrp(username: string | undefined, srpA: string | undefined): Promise<Challenge> {
    if (!srpA) throw new InvalidParameterError('Missing required parameter SRP_A');
    const user = await this.findUser(username);
    if (!user && !hidesUserExistence(this.client)) throw unknownUserError(this.client);
    const poolId = this.pool.options.Id;
    const userId = user?.Username ?? (username as string);
    const saltHex = user
      ? this.layer.extras.salt(poolId, user.Username, randomSaltHex)
      : createHmac('sha256', decoyKey).update(`${poolId}/${userId}`).digest('hex').slice(0, 32);
    let A: bigint;
    try {
      A = parseHexBig(srpA);
    } catch {
      throw new InvalidParameterError('SRP_A is not a hex number');
    }
    // Unknown users get the same work done with a random password, so timing does not tell them apart.
    const password = user?.Password ?? randomBytes(16).toString('hex');
    const eph = serverEphemeral(verifier(poolName(poolId), userId, password, saltHex));
    const secretBlock = randomBytes(64).toString('base64');
    const s = this.layer.sessions.create({
      poolId,
      clientId: this.client.ClientId,
      username: userId,
      challenge: 'PASSWORD_VERIFIER',
      srp: { A, eph, saltHex, secretBlock, decoy: !user },
    });
    return {
      kind: 'challenge',
      ChallengeName: 'PASSWORD_VERIFIER',
      ChallengeParameters: {
        SALT: saltHex,
        SECRET_BLOCK: secretBlock,
        SRP_B: eph.B.toString(16),
        USERNAME: userId,
        USER_ID_FOR_SRP: userId,
      },
      Session: s.id,
    };
  }

  async respond(
    challengeName: string | undefined,
    session: string | undefined,
    responses: Record<string, string> | undefined,
  ): Promise<AuthStep> {
    if (!challengeName) throw new InvalidParameterError('Missing required parameter ChallengeName');
    const r = responses ?? {};
    const key =
      challengeName === 'PASSWORD_VERIFIER' ? (session ?? r.PASSWORD_CLAIM_SECRET_BLOCK) : session;
    const s = this.layer.sessions.get(key, challengeName, this.client.ClientId);
    if (challengeName === 'PASSWORD_VERIFIER') {
      this.layer.sessions.end(s);
      return this.passwordVerifier(s.username, s.srp, r);
    }
    const user = await this.pool.getUserByUsername(this.ctx, s.username);
    if (!user) throw new NotAuthorizedError(INCORRECT);
    if (challengeName === MFA_SETUP) {
      // Only the Session returned by a successful VerifySoftwareToken finishes the setup.
      if (s.mfaSetup !== 'verified' || !user.SoftwareTokenMfaConfiguration?.Verified)
        throw new NotAuthorizedError('Invalid session for the user.');
      this.layer.sessions.end(s);
      return { kind: 'authenticated', user };
    }
    // Wrong codes or a rejected new password may be retried within the same session, as in Cognito.
    const step = await this.answer(challengeName, user, r);
    this.layer.sessions.end(s);
    return step;
  }

  private async answer(
    challengeName: string,
    user: User,
    r: Record<string, string>,
  ): Promise<AuthStep> {
    switch (challengeName) {
      case 'NEW_PASSWORD_REQUIRED':
        return this.newPassword(user, r);
      case 'SMS_MFA':
        if (!user.MFACode || user.MFACode !== r.SMS_MFA_CODE) throw new CodeMismatchError();
        await this.pool.saveUser(this.ctx, { ...user, MFACode: undefined });
        return { kind: 'authenticated', user };
      case 'SOFTWARE_TOKEN_MFA': {
        const cfg = user.SoftwareTokenMfaConfiguration;
        const code = r.SOFTWARE_TOKEN_MFA_CODE;
        if (!code || !cfg?.Verified || !verifyTotp(cfg.Secret, code)) throw new CodeMismatchError();
        return { kind: 'authenticated', user };
      }
      case 'SELECT_MFA_TYPE':
        if (r.ANSWER === 'SOFTWARE_TOKEN_MFA')
          return this.challenge(user, 'SOFTWARE_TOKEN_MFA', {});
        if (r.ANSWER === 'SMS_MFA') return this.smsChallenge(user);
        throw new InvalidParameterError(
          'SELECT_MFA_TYPE requires ANSWER of SMS_MFA or SOFTWARE_TOKEN_MFA',
        );
      default:
        throw new InvalidParameterError(`Unsupported challenge ${challengeName}`);
    }
  }

  private async passwordVerifier(
    userId: string,
    srp: ChallengeSession['srp'],
    r: Record<string, string>,
  ): Promise<AuthStep> {
    if (!srp || srp.decoy) throw new NotAuthorizedError(INCORRECT);
    const user = await this.pool.getUserByUsername(this.ctx, userId);
    if (!user || !r.PASSWORD_CLAIM_SIGNATURE || !r.TIMESTAMP)
      throw new NotAuthorizedError(INCORRECT);
    const ok = verifyPasswordClaim({
      poolName: poolName(this.pool.options.Id),
      userId: user.Username,
      A: srp.A,
      eph: srp.eph,
      v: verifier(poolName(this.pool.options.Id), user.Username, user.Password, srp.saltHex),
      secretBlockB64: srp.secretBlock,
      timestamp: r.TIMESTAMP,
      signatureB64: r.PASSWORD_CLAIM_SIGNATURE,
    });
    if (!ok) throw new NotAuthorizedError(INCORRECT);
    return this.afterPassword(user);
  }

  /** What Cognito does once the password is proven: status checks, forced change, MFA, then success. */
  async afterPassword(user: User): Promise<AuthStep> {
    if (!user.Enabled) throw new NotAuthorizedError('User is disabled.');
    if (user.UserStatus === 'RESET_REQUIRED') throw new PasswordResetRequiredError();
    if (user.UserStatus === 'UNCONFIRMED') throw new UserNotConfirmedException();
    if (user.UserStatus === 'FORCE_CHANGE_PASSWORD') {
      const days = this.pool.options.Policies?.PasswordPolicy?.TemporaryPasswordValidityDays ?? 7;
      const setAt = new Date(user.UserLastModifiedDate).getTime();
      if (this.layer.services.clock.get().getTime() - setAt > days * 86400_000) {
        throw new NotAuthorizedError(
          'Temporary password has expired and must be reset by an administrator.',
        );
      }
      return this.newPasswordChallenge(user);
    }
    return this.mfaOrDone(user);
  }

  newPasswordChallenge(user: User): Challenge {
    const attrs = attributesToRecord(user.Attributes);
    delete attrs.sub;
    const missing = missingRequired(this.pool.options, attrs);
    return this.challenge(user, 'NEW_PASSWORD_REQUIRED', {
      requiredAttributes: JSON.stringify(missing.map((n) => `userAttributes.${n}`)),
      userAttributes: JSON.stringify(attrs),
    });
  }

  private async newPassword(user: User, r: Record<string, string>): Promise<AuthStep> {
    if (!r.NEW_PASSWORD) throw new InvalidParameterError('Missing required parameter NEW_PASSWORD');
    const given: Record<string, string> = {};
    for (const [k, v] of Object.entries(r)) {
      if (k.startsWith('userAttributes.')) given[k.slice('userAttributes.'.length)] = v;
    }
    for (const immutable of ['sub', 'email_verified', 'phone_number_verified'])
      delete given[immutable];
    const merged = { ...attributesToRecord(user.Attributes), ...given };
    assertRequiredAttributes(this.pool.options, merged);
    assertPasswordPolicy(this.pool.options, r.NEW_PASSWORD);
    const attributes = (user.Attributes ?? []).filter((a) => !(a.Name && a.Name in given));
    for (const [Name, Value] of Object.entries(given)) attributes.push({ Name, Value });
    const updated: User = {
      ...user,
      Attributes: attributes,
      Password: r.NEW_PASSWORD,
      UserStatus: 'CONFIRMED',
      UserLastModifiedDate: this.layer.services.clock.get(),
    };
    await this.pool.saveUser(this.ctx, updated);
    return this.mfaOrDone(updated);
  }

  private async mfaOrDone(user: User): Promise<AuthStep> {
    const config = this.pool.options.MfaConfiguration ?? 'OFF';
    const methods = new Set(user.UserMFASettingList ?? []);
    if (!methods.size && (user.MFAOptions ?? []).some((o) => o.DeliveryMedium === 'SMS'))
      methods.add('SMS_MFA');
    if (config === 'ON' && methods.size === 0) return this.mfaSetup(user);
    if (config === 'OFF' || methods.size === 0) return { kind: 'authenticated', user };
    const preferred = user.PreferredMfaSetting;
    if (methods.size > 1 && !preferred) {
      return this.challenge(user, 'SELECT_MFA_TYPE', {
        MFAS_CAN_CHOOSE: JSON.stringify([...methods]),
      });
    }
    const method = preferred && methods.has(preferred) ? preferred : [...methods][0];
    if (method === 'SOFTWARE_TOKEN_MFA') {
      const name = user.SoftwareTokenMfaConfiguration?.FriendlyDeviceName;
      return this.challenge(user, 'SOFTWARE_TOKEN_MFA', name ? { FRIENDLY_DEVICE_NAME: name } : {});
    }
    return this.smsChallenge(user);
  }

  /** Pool MFA is required but the user has no factor yet: Cognito makes them set one up first. */
  private async mfaSetup(user: User): Promise<Challenge> {
    const sms = Boolean(this.pool.options.SmsConfiguration);
    // With SMS MFA configured, a user who already has a phone number is simply texted a code.
    if (sms && attributeValue('phone_number', user.Attributes)) return this.smsChallenge(user);
    const canSetup = [
      ...(sms ? ['SMS_MFA'] : []),
      ...(this.pool.options.SoftwareTokenMfaConfiguration?.Enabled ? ['SOFTWARE_TOKEN_MFA'] : []),
    ];
    if (!canSetup.length) {
      throw new CognitoError(
        'NotAuthorizedException',
        'MFA is required but the user pool enables no MFA factor (SetUserPoolMfaConfig).',
      );
    }
    return this.challenge(user, MFA_SETUP, { MFAS_CAN_SETUP: JSON.stringify(canSetup) });
  }

  private async smsChallenge(user: User): Promise<Challenge> {
    const phone = attributeValue('phone_number', user.Attributes);
    if (!phone) throw new InvalidParameterError('SMS_MFA requires a phone_number');
    const code = this.layer.services.otp();
    await this.layer.services.messages.deliver(
      this.ctx,
      'Authentication',
      this.client.ClientId,
      this.pool.options.Id,
      user,
      code,
      undefined,
      { AttributeName: 'phone_number', DeliveryMedium: 'SMS', Destination: phone },
    );
    await this.pool.saveUser(this.ctx, { ...user, MFACode: code });
    return this.challenge(user, 'SMS_MFA', {
      CODE_DELIVERY_DELIVERY_MEDIUM: 'SMS',
      CODE_DELIVERY_DESTINATION: `+*******${phone.slice(-4)}`,
    });
  }
}
