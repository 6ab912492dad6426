// AdminRespondToAuthChallenge (missing in cognito-local): answers challenges started by AdminInitiateAuth.
import type {
  AdminRespondToAuthChallengeRequest,
  AdminRespondToAuthChallengeResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { ResourceNotFoundError } from 'cognito-local/lib/errors';
import { AuthFlow } from '../auth.ts';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { authResponse } from './respondToAuthChallenge.ts';

export const AdminRespondToAuthChallenge: LayerTarget<
  AdminRespondToAuthChallengeRequest,
  AdminRespondToAuthChallengeResponse
> = (layer) => async (ctx, req) => {
  const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
  if (client.UserPoolId !== req.UserPoolId)
    throw new ResourceNotFoundError('User pool client does not exist.');
  const flow = new AuthFlow(layer, ctx, pool, client);
  const step = await flow.respond(req.ChallengeName, req.Session, req.ChallengeResponses);
  return authResponse(layer, ctx, pool, client, step);
};
