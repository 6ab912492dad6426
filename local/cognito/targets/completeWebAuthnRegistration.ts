// CompleteWebAuthnRegistration: verifies the attestation of the pending registration and stores the passkey.
import type {
  CompleteWebAuthnRegistrationRequest,
  CompleteWebAuthnRegistrationResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { assertPasskeysEnabled } from '../passkeys.ts';
import { signedInUser } from '../signedIn.ts';

export const CompleteWebAuthnRegistration: LayerTarget<
  CompleteWebAuthnRegistrationRequest,
  CompleteWebAuthnRegistrationResponse
> = (layer) => async (ctx, req) => {
  const { pool, client, sub } = await signedInUser(layer, ctx, req.AccessToken);
  assertPasskeysEnabled(pool.options);
  if (req.Credential === undefined || req.Credential === null) {
    throw new InvalidParameterError('Missing required parameter Credential');
  }
  await layer.passkeys.completeRegistration(pool.options, client, sub, req.Credential);
  return {};
};
