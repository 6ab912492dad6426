// StartWebAuthnRegistration: credential creation options for the signed-in user, from the pool's WebAuthnConfiguration.
import type {
  StartWebAuthnRegistrationRequest,
  StartWebAuthnRegistrationResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { LayerTarget } from '../layer.ts';
import { assertPasskeysEnabled } from '../passkeys.ts';
import { signedInUser } from '../signedIn.ts';

export const StartWebAuthnRegistration: LayerTarget<
  StartWebAuthnRegistrationRequest,
  StartWebAuthnRegistrationResponse
> = (layer) => async (ctx, req) => {
  const { pool, client, user, sub } = await signedInUser(layer, ctx, req.AccessToken);
  assertPasskeysEnabled(pool.options);
  const email = user.Attributes?.find((a) => a.Name === 'email')?.Value;
  const name = user.Attributes?.find((a) => a.Name === 'name')?.Value;
  const options = await layer.passkeys.startRegistration(pool.options, client, {
    sub,
    // Cognito shows the sign-in name in the passkey manager, which for this pool is the email.
    username: email ?? user.Username,
    displayName: name ?? email ?? user.Username,
  });
  // The options are plain JSON; the SDK's DocumentType just cannot see that through the library's types.
  return {
    CredentialCreationOptions: JSON.parse(
      JSON.stringify(options),
    ) as StartWebAuthnRegistrationResponse['CredentialCreationOptions'],
  };
};
