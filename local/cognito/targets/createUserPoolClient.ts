// CreateUserPoolClient: Cognito's default token-validity units (cognito-local defaults ID tokens to minutes) and RefreshTokenRotation.
import type {
  CreateUserPoolClientRequest,
  CreateUserPoolClientResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';
import { parseRotation, saveRotation } from '../rotation.ts';

export const CreateUserPoolClient: LayerTarget<
  CreateUserPoolClientRequest & { RefreshTokenRotation?: unknown },
  CreateUserPoolClientResponse
> = (layer) => async (ctx, req) => {
  const rotation = parseRotation(req.RefreshTokenRotation);
  const units = {
    AccessToken: 'hours',
    IdToken: 'hours',
    RefreshToken: 'days',
    ...req.TokenValidityUnits,
  };
  const created = (await layer.original('CreateUserPoolClient')(ctx, {
    ...req,
    TokenValidityUnits: units,
  })) as CreateUserPoolClientResponse;
  const clientId = created.UserPoolClient?.ClientId;
  return clientId ? saveRotation(layer, ctx, created, clientId, rotation) : created;
};
