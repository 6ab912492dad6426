// UpdateUserPoolClient: also sets RefreshTokenRotation, which cognito-local's app-client model lacks.
import type {
  UpdateUserPoolClientRequest,
  UpdateUserPoolClientResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';
import { parseRotation, saveRotation } from '../rotation.ts';

export const UpdateUserPoolClient: LayerTarget<
  UpdateUserPoolClientRequest & { RefreshTokenRotation?: unknown },
  UpdateUserPoolClientResponse
> = (layer) => async (ctx, req) => {
  const rotation = parseRotation(req.RefreshTokenRotation);
  const updated = (await layer.original('UpdateUserPoolClient')(
    ctx,
    req,
  )) as UpdateUserPoolClientResponse;
  return saveRotation(layer, ctx, updated, req.ClientId, rotation);
};
