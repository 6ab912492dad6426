// AdminUserGlobalSignOut (missing in cognito-local): the admin twin of GlobalSignOut.
import type {
  AdminUserGlobalSignOutRequest,
  AdminUserGlobalSignOutResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { UserNotFoundError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { signOutEverywhere } from '../signout.ts';

export const AdminUserGlobalSignOut: LayerTarget<
  AdminUserGlobalSignOutRequest,
  AdminUserGlobalSignOutResponse
> = (layer) => async (ctx, req) => {
  const pool = await layer.services.cognito.getUserPool(ctx, req.UserPoolId);
  const user = await pool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError('User does not exist.');
  await signOutEverywhere(layer, ctx, pool, user);
  return {};
};
