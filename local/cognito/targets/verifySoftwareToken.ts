// VerifySoftwareToken: adds the Session form used during MFA_SETUP and Cognito's error for a wrong code.
import type {
  VerifySoftwareTokenRequest,
  VerifySoftwareTokenResponse,
} from 'aws-sdk/clients/cognitoidentityserviceprovider';
import { CodeMismatchError } from 'cognito-local/lib/errors';
import type { LayerTarget } from '../layer.ts';
import { codeMismatchAtSetup, verifyWithSession } from '../mfaSetup.ts';

export const VerifySoftwareToken: LayerTarget<
  VerifySoftwareTokenRequest,
  VerifySoftwareTokenResponse
> = (layer) => async (ctx, req) => {
  if (!req.AccessToken) {
    return verifyWithSession(layer, ctx, req.Session, req.UserCode, req.FriendlyDeviceName);
  }
  try {
    return (await layer.original('VerifySoftwareToken')(ctx, req)) as VerifySoftwareTokenResponse;
  } catch (e) {
    // cognito-local says CodeMismatchException; Cognito answers VerifySoftwareToken with this instead.
    if (e instanceof CodeMismatchError) throw codeMismatchAtSetup();
    throw e;
  }
};
