// DeleteWebAuthnCredential: removes one of the signed-in user's passkeys; it can no longer sign in.
import type {
  DeleteWebAuthnCredentialRequest,
  DeleteWebAuthnCredentialResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { InvalidParameterError, ResourceNotFoundError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { signedInUser } from '../signedIn.ts';

export const DeleteWebAuthnCredential: LayerTarget<
  DeleteWebAuthnCredentialRequest,
  DeleteWebAuthnCredentialResponse
> = (layer) => async (ctx, req) => {
  const { pool, sub } = await signedInUser(layer, ctx, req.AccessToken);
  if (!req.CredentialId) throw new InvalidParameterError('Missing required parameter CredentialId');
  if (!layer.passkeys.delete(pool.options.Id, sub, req.CredentialId)) {
    throw new ResourceNotFoundError('The user has no passkey with this CredentialId.');
  }
  return {};
};
