// DescribeResourceServer (missing in cognito-local).
import type {
  DescribeResourceServerRequest,
  DescribeResourceServerResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { ResourceNotFoundError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';

export const DescribeResourceServer: LayerTarget<
  DescribeResourceServerRequest,
  DescribeResourceServerResponse
> = (layer) => async (_ctx, req) => {
  const rs = layer.extras.getResourceServer(req.UserPoolId, req.Identifier);
  if (!rs) throw new ResourceNotFoundError(`Resource server ${req.Identifier} does not exist.`);
  return { ResourceServer: rs };
};
