// ConfirmSignUp: hides unknown users when asked, and marks auto-verified attributes as verified.
import type {
  ConfirmSignUpRequest,
  ConfirmSignUpResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { CodeMismatchError, NotAuthorizedError, UserNotFoundError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { hidesUserExistence } from '../policy.ts';
import { assertCodeFresh } from '../codeExpiry.ts';
import { markVerified } from '../verified.ts';

export const ConfirmSignUp: LayerTarget<ConfirmSignUpRequest, ConfirmSignUpResponse> =
  (layer) => async (ctx, req) => {
    const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
    const user = await pool.getUserByUsername(ctx, req.Username);
    if (!user) {
      if (hidesUserExistence(client)) throw new CodeMismatchError();
      throw new UserNotFoundError('Username/client id combination not found.');
    }
    if (user.UserStatus === 'CONFIRMED') {
      throw new NotAuthorizedError('User cannot be confirmed. Current status is CONFIRMED');
    }
    if (user.ConfirmationCode && user.ConfirmationCode === req.ConfirmationCode) {
      assertCodeFresh(layer, pool.options.Id, user.Username, 'confirm');
    }
    try {
      await layer.original('ConfirmSignUp')(ctx, req);
    } finally {
      // A failing post confirmation trigger still leaves the user confirmed (as in Cognito), so the
      // address the code went to is verified all the same.
      const after = await pool.getUserByUsername(ctx, user.Username);
      if (after?.UserStatus === 'CONFIRMED') {
        await markVerified(
          layer,
          ctx,
          pool,
          user.Username,
          pool.options.AutoVerifiedAttributes ?? [],
        );
      }
    }
    return {};
  };
