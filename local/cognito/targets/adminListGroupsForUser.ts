// AdminListGroupsForUser: cognito-local matches the name as typed (e.g. the email alias); membership is by Username.
import type {
  AdminListGroupsForUserRequest,
  AdminListGroupsForUserResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { UserNotFoundError } from 'cognito-local/lib/errors';
import { groupToResponseObject } from 'cognito-local/lib/targets/responses';
import type { LayerTarget } from '../layer.ts';

export const AdminListGroupsForUser: LayerTarget<
  AdminListGroupsForUserRequest,
  AdminListGroupsForUserResponse
> = (layer) => async (ctx, req) => {
  const pool = await layer.services.cognito.getUserPool(ctx, req.UserPoolId);
  const user = await pool.getUserByUsername(ctx, req.Username);
  if (!user) throw new UserNotFoundError('User does not exist.');
  const names = new Set(await pool.listUserGroupMembership(ctx, user));
  const groups = (await pool.listGroups(ctx)).filter((g) => names.has(g.GroupName));
  return { Groups: groups.map(groupToResponseObject(req.UserPoolId)) };
};
