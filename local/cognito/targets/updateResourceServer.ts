// UpdateResourceServer (missing in cognito-local): replaces name and scopes, as Cognito does.
import type {
  UpdateResourceServerRequest,
  UpdateResourceServerResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { ResourceNotFoundError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { putResourceServer } from '../resourceServers.ts';

export const UpdateResourceServer: LayerTarget<
  UpdateResourceServerRequest,
  UpdateResourceServerResponse
> = (layer) => async (_ctx, req) => {
  if (!layer.extras.getResourceServer(req.UserPoolId, req.Identifier)) {
    throw new ResourceNotFoundError(`Resource server ${req.Identifier} does not exist.`);
  }
  return { ResourceServer: putResourceServer(layer.extras, req) };
};
