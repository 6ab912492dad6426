// SetUserPoolMfaConfig: adds WebAuthnConfiguration (relying party, user verification); the rest is cognito-local's.
import type {
  SetUserPoolMfaConfigRequest,
  SetUserPoolMfaConfigResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { LayerTarget } from '../layer.ts';
import { validateWebAuthnConfiguration } from '../passkeys.ts';

export const SetUserPoolMfaConfig: LayerTarget<
  SetUserPoolMfaConfigRequest,
  SetUserPoolMfaConfigResponse
> = (layer) => async (ctx, req) => {
  const poolId = req.UserPoolId ?? '';
  // Validated before anything is saved, so a bad value changes nothing.
  const webAuthn = validateWebAuthnConfiguration(
    req.WebAuthnConfiguration,
    layer.passkeys.configuration(poolId),
  );
  const { WebAuthnConfiguration: _omitted, ...rest } = req;
  const res = (await layer.original('SetUserPoolMfaConfig')(
    ctx,
    rest,
  )) as SetUserPoolMfaConfigResponse;
  if (req.WebAuthnConfiguration) layer.passkeys.configure(poolId, webAuthn);
  return { ...res, WebAuthnConfiguration: webAuthn };
};
