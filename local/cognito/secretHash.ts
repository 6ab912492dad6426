// SECRET_HASH checks for app clients that have a secret, which cognito-local never performs.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import { NotAuthorizedError } from 'cognito-local/lib/errors';
import type { Layer } from './layer.ts';

interface ClientRequest {
  ClientId?: string;
  Username?: string;
  SecretHash?: string;
  AuthFlow?: string;
  AuthParameters?: Record<string, string>;
  ChallengeResponses?: Record<string, string>;
}

/** Operations where Cognito demands SECRET_HASH from a client that has a secret. */
export const SECRET_HASH_TARGETS = new Set([
  'InitiateAuth',
  'RespondToAuthChallenge',
  'SignUp',
  'ConfirmSignUp',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'ResendConfirmationCode',
]);

export async function assertSecretHash(
  layer: Layer,
  ctx: Context,
  req: ClientRequest,
): Promise<void> {
  const client = req.ClientId ? await layer.services.cognito.getAppClient(ctx, req.ClientId) : null;
  if (!client?.ClientSecret) return;
  const given =
    req.SecretHash ?? req.AuthParameters?.SECRET_HASH ?? req.ChallengeResponses?.SECRET_HASH;
  if (!given) {
    throw new NotAuthorizedError(
      `Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`,
    );
  }
  // A refresh carries no username to hash against, and Cognito accepts the hash of the user's own name there.
  if (req.AuthFlow === 'REFRESH_TOKEN_AUTH' || req.AuthFlow === 'REFRESH_TOKEN') return;
  const username =
    req.Username ?? req.AuthParameters?.USERNAME ?? req.ChallengeResponses?.USERNAME ?? '';
  const candidates = [username];
  // Clients may hash either the alias they typed or the pool's Username (e.g. the sub of an email user).
  const pool = await layer.services.cognito.getUserPool(ctx, client.UserPoolId);
  const user = username ? await pool.getUserByUsername(ctx, username) : null;
  if (user) candidates.push(user.Username);
  const ok = candidates.some((name) => {
    const expected = createHmac('sha256', client.ClientSecret as string)
      .update(name + client.ClientId)
      .digest();
    const got = Buffer.from(given, 'base64');
    return got.length === expected.length && timingSafeEqual(got, expected);
  });
  if (!ok)
    throw new NotAuthorizedError(`Unable to verify secret hash for client ${client.ClientId}`);
}

/** RevokeToken and GetTokensFromRefreshToken carry the client secret itself rather than a hash. */
export function assertClientSecret(client: AppClient, given: string | undefined): void {
  if (!client.ClientSecret) return;
  if (!given) {
    throw new NotAuthorizedError(
      `Client ${client.ClientId} is configured with secret but SECRET_HASH was not received`,
    );
  }
  const expected = Buffer.from(client.ClientSecret);
  const got = Buffer.from(given);
  if (got.length !== expected.length || !timingSafeEqual(got, expected)) {
    throw new NotAuthorizedError(`Unable to verify secret hash for client ${client.ClientId}`);
  }
}
