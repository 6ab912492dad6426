// DescribeUserPoolClient: reports RefreshTokenRotation alongside cognito-local's fields.
import type {
  DescribeUserPoolClientRequest,
  DescribeUserPoolClientResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';
import { withRotationField } from '../rotation.ts';

export const DescribeUserPoolClient: LayerTarget<
  DescribeUserPoolClientRequest,
  DescribeUserPoolClientResponse
> = (layer) => async (ctx, req) => {
  const described = (await layer.original('DescribeUserPoolClient')(
    ctx,
    req,
  )) as DescribeUserPoolClientResponse;
  const client = await layer.services.cognito.getAppClient(ctx, req.ClientId);
  return client ? withRotationField(described, client) : described;
};
