// SignUp: Cognito's password policy and required attributes before cognito-local creates the user.
import type { SignUpRequest, SignUpResponse } from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { attributesToRecord } from 'cognito-local/lib/services/userPoolService';
import { CognitoError, UsernameExistsError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { assertPasswordPolicy, assertRequiredAttributes } from '../policy.ts';
import { maskDestination } from '../delivery.ts';

export const SignUp: LayerTarget<SignUpRequest, SignUpResponse> = (layer) => async (ctx, req) => {
  const { pool } = await poolForClient(layer, ctx, req.ClientId);
  const attrs = attributesToRecord(req.UserAttributes);
  if (pool.options.UsernameAttributes?.includes('email') && !attrs.email)
    attrs.email = req.Username;
  assertPasswordPolicy(pool.options, req.Password);
  assertRequiredAttributes(pool.options, attrs);
  let res: SignUpResponse;
  try {
    res = (await layer.original('SignUp')(ctx, req)) as SignUpResponse;
  } catch (err) {
    if (err instanceof UsernameExistsError && pool.options.UsernameAttributes?.includes('email')) {
      throw new CognitoError(
        'UsernameExistsException',
        'An account with the given email already exists.',
      );
    }
    throw err;
  }
  const d = res.CodeDeliveryDetails;
  return d?.Destination
    ? { ...res, CodeDeliveryDetails: { ...d, Destination: maskDestination(d.Destination) } }
    : res;
};
