// RespondToAuthChallenge: SRP password claims, forced new password (with attributes), MFA; stores the refresh token.
import type {
  InitiateAuthResponse,
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Context } from 'cognito-local/lib/services/context';
import type { UserPoolService } from 'cognito-local/lib/services/userPoolService';
import { AuthFlow, type AuthStep } from '../auth.ts';
import { type Layer, type LayerTarget, poolForClient } from '../layer.ts';

/** Turns a state-machine step into the API's response, issuing (and storing) tokens on success. */
export async function authResponse(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  client: AppClient,
  step: AuthStep,
): Promise<InitiateAuthResponse> {
  if (step.kind === 'challenge') {
    return {
      ChallengeName: step.ChallengeName,
      ChallengeParameters: step.ChallengeParameters,
      Session: step.Session,
    };
  }
  const t = await layer.tokens.issue(ctx, {
    user: step.user,
    groups: await pool.listUserGroupMembership(ctx, step.user),
    client,
    withRefreshToken: true,
  });
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      AccessToken: t.AccessToken,
      IdToken: t.IdToken,
      RefreshToken: t.RefreshToken,
      ExpiresIn: t.ExpiresIn,
      TokenType: 'Bearer',
    },
  };
}

export const RespondToAuthChallenge: LayerTarget<
  RespondToAuthChallengeRequest,
  RespondToAuthChallengeResponse
> = (layer) => async (ctx, req) => {
  const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
  const flow = new AuthFlow(layer, ctx, pool, client);
  return authResponse(
    layer,
    ctx,
    pool,
    client,
    await flow.respond(req.ChallengeName, req.Session, req.ChallengeResponses),
  );
};
