// ConfirmForgotPassword: password policy, existence hiding, and the email counts as verified afterwards.
import type {
  ConfirmForgotPasswordRequest,
  ConfirmForgotPasswordResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { CodeMismatchError, UserNotFoundError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { assertPasswordPolicy, hidesUserExistence } from '../policy.ts';
import { assertCodeFresh } from '../codeExpiry.ts';
import { markVerified } from '../verified.ts';

export const ConfirmForgotPassword: LayerTarget<
  ConfirmForgotPasswordRequest,
  ConfirmForgotPasswordResponse
> = (layer) => async (ctx, req) => {
  const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
  const user = await pool.getUserByUsername(ctx, req.Username);
  if (!user) {
    if (hidesUserExistence(client)) throw new CodeMismatchError();
    throw new UserNotFoundError('Username/client id combination not found.');
  }
  assertPasswordPolicy(pool.options, req.Password);
  if (!user.ConfirmationCode || user.ConfirmationCode !== req.ConfirmationCode)
    throw new CodeMismatchError();
  assertCodeFresh(layer, pool.options.Id, user.Username, 'reset');
  await layer.original('ConfirmForgotPassword')(ctx, req);
  await markVerified(layer, ctx, pool, user.Username, ['email']);
  return {};
};
