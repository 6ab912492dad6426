// ListWebAuthnCredentials: the signed-in user's passkeys, oldest first, paged with NextToken/MaxResults.
import type {
  ListWebAuthnCredentialsRequest,
  ListWebAuthnCredentialsResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { signedInUser } from '../signedIn.ts';

/** Cognito's limit for MaxResults, and what it returns when none is given. */
const MAX_RESULTS = 20;

function offsetOf(token: string | undefined): number {
  if (token === undefined) return 0;
  const offset = Number(Buffer.from(token, 'base64url').toString('utf8'));
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InvalidParameterError('NextToken is not one this operation returned.');
  }
  return offset;
}

export const ListWebAuthnCredentials: LayerTarget<
  ListWebAuthnCredentialsRequest,
  ListWebAuthnCredentialsResponse
> = (layer) => async (ctx, req) => {
  const { pool, sub } = await signedInUser(layer, ctx, req.AccessToken);
  const max = req.MaxResults ?? MAX_RESULTS;
  if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS) {
    throw new InvalidParameterError(`MaxResults must be between 1 and ${MAX_RESULTS}.`);
  }
  const all = layer.passkeys.list(pool.options.Id, sub);
  const start = offsetOf(req.NextToken);
  const page = all.slice(start, start + max);
  const next = start + max < all.length ? start + max : undefined;
  return {
    Credentials: page.map((c) => ({
      CredentialId: c.credentialId,
      FriendlyCredentialName: c.friendlyName,
      RelyingPartyId: c.relyingPartyId,
      ...(c.attachment ? { AuthenticatorAttachment: c.attachment } : {}),
      AuthenticatorTransports: c.transports,
      // The AWS JSON protocol carries timestamps as epoch seconds.
      CreatedAt: (c.createdAt / 1000) as unknown as Date,
    })),
    ...(next !== undefined
      ? { NextToken: Buffer.from(String(next), 'utf8').toString('base64url') }
      : {}),
  };
};
