// MFA_SETUP (pool MFA "ON", user without a factor): AssociateSoftwareToken and VerifySoftwareToken driven by
// the challenge Session instead of an AccessToken, shared by the API targets and the hosted login page.
import type { Context } from 'cognito-local/lib/services/context';
import type { User, UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { generateSecret, verify as verifyTotp } from 'cognito-local/lib/services/totp';
import { CognitoError, InvalidParameterError, NotAuthorizedError } from 'cognito-local/lib/errors';
import type { ChallengeSession, Layer } from './layer.ts';

export const MFA_SETUP = 'MFA_SETUP';

/** Cognito's answer to a wrong code at VerifySoftwareToken (not CodeMismatchException, as at sign-in). */
export const codeMismatchAtSetup = (): CognitoError =>
  new CognitoError('EnableSoftwareTokenMFAException', 'Code mismatch');

interface SetupContext {
  session: ChallengeSession;
  pool: UserPoolService;
  user: User;
}

async function load(
  layer: Layer,
  ctx: Context,
  sessionId: string | undefined,
): Promise<SetupContext> {
  const session = layer.sessions.get(sessionId, MFA_SETUP, null);
  const pool = await layer.services.cognito.getUserPool(ctx, session.poolId);
  const user = await pool.getUserByUsername(ctx, session.username);
  if (!user) throw new NotAuthorizedError('Invalid session for the user.');
  return { session, pool, user };
}

/** Cognito hands out a fresh Session at every step; the old one is spent. */
function advance(layer: Layer, old: ChallengeSession, stage: ChallengeSession['mfaSetup']): string {
  layer.sessions.end(old);
  const { poolId, clientId, username } = old;
  return layer.sessions.create({
    poolId,
    clientId,
    username,
    challenge: MFA_SETUP,
    mfaSetup: stage,
  }).id;
}

export async function associateWithSession(
  layer: Layer,
  ctx: Context,
  sessionId: string | undefined,
): Promise<{ SecretCode: string; Session: string }> {
  const { session, pool, user } = await load(layer, ctx, sessionId);
  if (session.mfaSetup === 'verified')
    throw new NotAuthorizedError('Invalid session for the user.');
  const secret = generateSecret();
  // Kept on the user unverified, exactly where cognito-local's AccessToken path keeps it.
  await pool.saveUser(ctx, {
    ...user,
    SoftwareTokenMfaConfiguration: { Secret: secret, Verified: false },
  });
  return { SecretCode: secret, Session: advance(layer, session, 'associated') };
}

export async function verifyWithSession(
  layer: Layer,
  ctx: Context,
  sessionId: string | undefined,
  userCode: string | undefined,
  friendlyDeviceName: string | undefined,
): Promise<{ Status: 'SUCCESS'; Session: string }> {
  if (!userCode) throw new InvalidParameterError('Missing required parameter UserCode');
  const { session, pool, user } = await load(layer, ctx, sessionId);
  const cfg = user.SoftwareTokenMfaConfiguration;
  if (session.mfaSetup !== 'associated' || !cfg?.Secret) {
    throw new InvalidParameterError('User has not associated a software token');
  }
  // A wrong code leaves the session usable, so the user can simply try the next code.
  if (!verifyTotp(cfg.Secret, userCode)) throw codeMismatchAtSetup();
  const methods = user.UserMFASettingList ?? [];
  await pool.saveUser(ctx, {
    ...user,
    SoftwareTokenMfaConfiguration: {
      Secret: cfg.Secret,
      Verified: true,
      // amazon-cognito-identity-js callers often pass '' for "no name".
      FriendlyDeviceName: friendlyDeviceName || cfg.FriendlyDeviceName,
    },
    UserMFASettingList: methods.includes('SOFTWARE_TOKEN_MFA')
      ? methods
      : [...methods, 'SOFTWARE_TOKEN_MFA'],
    // Cognito enables the factor set up here and makes it the preferred one.
    PreferredMfaSetting: 'SOFTWARE_TOKEN_MFA',
  });
  return { Status: 'SUCCESS', Session: advance(layer, session, 'verified') };
}
