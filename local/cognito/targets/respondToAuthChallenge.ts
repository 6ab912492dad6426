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
import { CHOICE_CHALLENGES, ChoiceFlow } from '../userAuth.ts';

/** Turns a state-machine step into the API's response, issuing (and storing) tokens on success. */
export async function authResponse(
  layer: Layer,
  ctx: Context,
  pool: UserPoolService,
  client: AppClient,
  step: AuthStep,
): Promise<InitiateAuthResponse> {
  if (step.kind === 'challenge') {
    const challenge: InitiateAuthResponse & { AvailableChallenges?: string[] } = {
      ChallengeName: step.ChallengeName,
      ChallengeParameters: step.ChallengeParameters,
      Session: step.Session,
    };
    if (step.AvailableChallenges) challenge.AvailableChallenges = step.AvailableChallenges;
    return challenge;
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
  const step = CHOICE_CHALLENGES.has(req.ChallengeName)
    ? await new ChoiceFlow(layer, ctx, pool, client, flow).respond(
        req.ChallengeName,
        req.Session,
        req.ChallengeResponses ?? {},
      )
    : await flow.respond(req.ChallengeName, req.Session, req.ChallengeResponses);
  return authResponse(layer, ctx, pool, client, step);
};
