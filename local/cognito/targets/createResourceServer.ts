// CreateResourceServer (missing in cognito-local): custom scopes like api/read for client_credentials.
import type {
  CreateResourceServerRequest,
  CreateResourceServerResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { InvalidParameterError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { putResourceServer } from '../resourceServers.ts';

export const CreateResourceServer: LayerTarget<
  CreateResourceServerRequest,
  CreateResourceServerResponse
> = (layer) => async (ctx, req) => {
  await layer.services.cognito.getUserPool(ctx, req.UserPoolId); // throws for an unknown pool
  if (layer.extras.getResourceServer(req.UserPoolId, req.Identifier)) {
    throw new InvalidParameterError(`${req.Identifier} already exists in pool ${req.UserPoolId}.`);
  }
  return { ResourceServer: putResourceServer(layer.extras, req) };
};
