// GetUserPoolMfaConfig: adds the pool's WebAuthnConfiguration to cognito-local's answer.
import type {
  GetUserPoolMfaConfigRequest,
  GetUserPoolMfaConfigResponse,
} from '@aws-sdk/client-cognito-identity-provider';
import type { LayerTarget } from '../layer.ts';

export const GetUserPoolMfaConfig: LayerTarget<
  GetUserPoolMfaConfigRequest,
  GetUserPoolMfaConfigResponse
> = (layer) => async (ctx, req) => {
  const res = (await layer.original('GetUserPoolMfaConfig')(
    ctx,
    req,
  )) as GetUserPoolMfaConfigResponse;
  return { ...res, WebAuthnConfiguration: layer.passkeys.configuration(req.UserPoolId ?? '') };
};
