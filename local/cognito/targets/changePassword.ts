// ChangePassword: checks the access token, the old password (NotAuthorized like Cognito) and the policy.
import type {
  ChangePasswordRequest,
  ChangePasswordResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { NotAuthorizedError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { INCORRECT, assertPasswordPolicy } from '../policy.ts';

export const ChangePassword: LayerTarget<ChangePasswordRequest, ChangePasswordResponse> =
  (layer) => async (ctx, req) => {
    const claims = layer.tokens.verifyAccessToken(req.AccessToken);
    const pool = await layer.services.cognito.getUserPoolForClientId(ctx, String(claims.client_id));
    const user = await pool.getUserByUsername(ctx, String(claims.username));
    if (!user) throw new NotAuthorizedError('Access Token has been revoked');
    if (user.Password !== req.PreviousPassword) throw new NotAuthorizedError(INCORRECT);
    assertPasswordPolicy(pool.options, req.ProposedPassword);
    await pool.saveUser(ctx, {
      ...user,
      Password: req.ProposedPassword,
      UserLastModifiedDate: layer.services.clock.get(),
    });
    return {};
  };
