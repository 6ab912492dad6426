// ResendConfirmationCode (missing in cognito-local): sends a fresh sign-up code to an unconfirmed user.
import type {
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { InvalidParameterError, UserNotFoundError } from 'cognito-local/lib/errors';
import { selectAppropriateDeliveryMethod } from 'cognito-local/lib/services/messageDelivery/deliveryMethod';
import { type LayerTarget, poolForClient } from '../layer.ts';
import { hidesUserExistence } from '../policy.ts';
import { decoyDelivery, maskDestination } from '../delivery.ts';

export const ResendConfirmationCode: LayerTarget<
  ResendConfirmationCodeRequest,
  ResendConfirmationCodeResponse
> = (layer) => async (ctx, req) => {
  const { pool, client } = await poolForClient(layer, ctx, req.ClientId);
  const user = await pool.getUserByUsername(ctx, req.Username);
  if (!user) {
    if (hidesUserExistence(client)) return { CodeDeliveryDetails: decoyDelivery(req.Username) };
    throw new UserNotFoundError('Username/client id combination not found.');
  }
  if (user.UserStatus === 'CONFIRMED')
    throw new InvalidParameterError('User is already confirmed.');
  const details = selectAppropriateDeliveryMethod(
    pool.options.AutoVerifiedAttributes ?? ['email'],
    user,
  );
  if (!details)
    throw new InvalidParameterError(
      'User has no attribute matching desired auto verified attributes',
    );
  const code = layer.services.otp();
  await layer.services.messages.deliver(
    ctx,
    'ResendCode',
    client.ClientId,
    pool.options.Id,
    user,
    code,
    req.ClientMetadata,
    details,
  );
  await pool.saveUser(ctx, {
    ...user,
    ConfirmationCode: code,
    UserLastModifiedDate: layer.services.clock.get(),
  });
  return { CodeDeliveryDetails: { ...details, Destination: maskDestination(details.Destination) } };
};
