// AdminCreateUser: a given TemporaryPassword must satisfy the pool's password policy, as in Cognito;
// invitations go by email when the user has no phone number (cognito-local insists on SMS).
import type {
  AdminCreateUserRequest,
  AdminCreateUserResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';
import { assertPasswordPolicy } from '../policy.ts';

export const AdminCreateUser: LayerTarget<AdminCreateUserRequest, AdminCreateUserResponse> =
  (layer) => async (ctx, req) => {
    const pool = await layer.services.cognito.getUserPool(ctx, req.UserPoolId);
    if (req.TemporaryPassword !== undefined)
      assertPasswordPolicy(pool.options, req.TemporaryPassword);
    const has = (name: string): boolean =>
      (req.UserAttributes ?? []).some((a) => a.Name === name) ||
      (name === 'email' && req.Username.includes('@'));
    const mediums =
      req.DesiredDeliveryMediums ?? (has('phone_number') || !has('email') ? ['SMS'] : ['EMAIL']);
    return (await layer.original('AdminCreateUser')(ctx, {
      ...req,
      DesiredDeliveryMediums: mediums,
    })) as AdminCreateUserResponse;
  };
