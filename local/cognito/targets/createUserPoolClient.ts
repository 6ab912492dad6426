// CreateUserPoolClient: Cognito's default token-validity units (cognito-local defaults ID tokens to minutes).
import type {
  CreateUserPoolClientRequest,
  CreateUserPoolClientResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';

export const CreateUserPoolClient: LayerTarget<
  CreateUserPoolClientRequest,
  CreateUserPoolClientResponse
> = (layer) => async (ctx, req) => {
  const units = {
    AccessToken: 'hours',
    IdToken: 'hours',
    RefreshToken: 'days',
    ...req.TokenValidityUnits,
  };
  return (await layer.original('CreateUserPoolClient')(ctx, {
    ...req,
    TokenValidityUnits: units,
  })) as CreateUserPoolClientResponse;
};
