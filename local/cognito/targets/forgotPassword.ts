// ForgotPassword: plausible answer for unknown users when existence is hidden; otherwise cognito-local's.
import type {
  ForgotPasswordRequest,
  ForgotPasswordResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { UserNotFoundError } from 'cognito-local/lib/errors';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { hidesUserExistence } from '../policy.ts';
import { decoyDelivery, maskDestination } from '../delivery.ts';

export const ForgotPassword: LayerTarget<ForgotPasswordRequest, ForgotPasswordResponse> =
  (layer) => async (ctx, req) => {
    const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
    const user = await pool.getUserByUsername(ctx, req.Username);
    if (!user) {
      if (hidesUserExistence(client)) return { CodeDeliveryDetails: decoyDelivery(req.Username) };
      throw new UserNotFoundError('Username/client id combination not found.');
    }
    const res = (await layer.original('ForgotPassword')(ctx, req)) as ForgotPasswordResponse;
    const d = res.CodeDeliveryDetails;
    return d?.Destination
      ? { CodeDeliveryDetails: { ...d, Destination: maskDestination(d.Destination) } }
      : res;
  };
