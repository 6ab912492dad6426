// AdminSetUserPassword: enforces the pool's password policy before cognito-local stores it.
import type {
  AdminSetUserPasswordRequest,
  AdminSetUserPasswordResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';
import { assertPasswordPolicy } from '../policy.ts';

export const AdminSetUserPassword: LayerTarget<
  AdminSetUserPasswordRequest,
  AdminSetUserPasswordResponse
> = (layer) => async (ctx, req) => {
  const pool = await layer.services.cognito.getUserPool(ctx, req.UserPoolId);
  assertPasswordPolicy(pool.options, req.Password);
  return (await layer.original('AdminSetUserPassword')(ctx, req)) as AdminSetUserPasswordResponse;
};
