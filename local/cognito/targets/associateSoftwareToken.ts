// AssociateSoftwareToken: adds the Session form used during MFA_SETUP; the AccessToken form is cognito-local's.
import type {
  AssociateSoftwareTokenRequest,
  AssociateSoftwareTokenResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import type { LayerTarget } from '../layer.ts';
import { associateWithSession } from '../mfaSetup.ts';

export const AssociateSoftwareToken: LayerTarget<
  AssociateSoftwareTokenRequest,
  AssociateSoftwareTokenResponse
> = (layer) => async (ctx, req) => {
  if (req.AccessToken) {
    return (await layer.original('AssociateSoftwareToken')(
      ctx,
      req,
    )) as AssociateSoftwareTokenResponse;
  }
  return associateWithSession(layer, ctx, req.Session);
};
