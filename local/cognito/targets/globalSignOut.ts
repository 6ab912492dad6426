// GlobalSignOut (missing in cognito-local): invalidates every refresh token of the caller and their sessions.
import type {
  GlobalSignOutRequest,
  GlobalSignOutResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { NotAuthorizedError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { signOutEverywhere } from '../signout.ts';

export const GlobalSignOut: LayerTarget<GlobalSignOutRequest, GlobalSignOutResponse> =
  (layer) => async (ctx, req) => {
    const claims = layer.tokens.verifyAccessToken(req.AccessToken);
    const pool = await layer.services.cognito.getUserPoolForClientId(ctx, String(claims.client_id));
    const user = await pool.getUserByUsername(ctx, String(claims.username));
    if (!user) throw new NotAuthorizedError('Access Token has been revoked');
    if (typeof claims.origin_jti === 'string') layer.tokens.revokeOrigin(claims.origin_jti);
    await signOutEverywhere(layer, ctx, pool, user);
    return {};
  };
