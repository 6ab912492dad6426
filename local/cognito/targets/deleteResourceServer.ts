// DeleteResourceServer (missing in cognito-local).
import type { DeleteResourceServerRequest } from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { ResourceNotFoundError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';

export const DeleteResourceServer: LayerTarget<
  DeleteResourceServerRequest,
  Record<string, never>
> = (layer) => async (_ctx, req) => {
  if (!layer.extras.getResourceServer(req.UserPoolId, req.Identifier)) {
    throw new ResourceNotFoundError(`Resource server ${req.Identifier} does not exist.`);
  }
  layer.extras.deleteResourceServer(req.UserPoolId, req.Identifier);
  return {};
};
