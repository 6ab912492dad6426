// ListResourceServers (missing in cognito-local); one page holds them all locally.
import type {
  ListResourceServersRequest,
  ListResourceServersResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';

export const ListResourceServers: LayerTarget<
  ListResourceServersRequest,
  ListResourceServersResponse
> = (layer) => async (ctx, req) => {
  await layer.services.cognito.getUserPool(ctx, req.UserPoolId);
  return { ResourceServers: layer.extras.listResourceServers(req.UserPoolId) };
};
