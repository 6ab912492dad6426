// Routes X-Amz-Target names to this layer's targets first, then to cognito-local's own.
import {
  InvalidPasswordError,
  NotAuthorizedError,
  UnsupportedError,
} from 'cognito-local/lib/errors';
import type { Router } from 'cognito-local/lib/server/Router';
import { isSupportedTarget } from 'cognito-local/lib/targets/Target';
import { Targets } from 'cognito-local/lib/targets/targets';
import type { Layer, LayerTarget, Route } from './layer.ts';
import { INCORRECT } from './policy.ts';
import { SECRET_HASH_TARGETS, assertSecretHash } from './secretHash.ts';
import { assertValidRequest } from './validation.ts';
import { AdminCreateUser } from './targets/adminCreateUser.ts';
import { AdminInitiateAuth } from './targets/adminInitiateAuth.ts';
import { AdminRespondToAuthChallenge } from './targets/adminRespondToAuthChallenge.ts';
import { AdminListGroupsForUser } from './targets/adminListGroupsForUser.ts';
import { AdminSetUserPassword } from './targets/adminSetUserPassword.ts';
import { AdminUserGlobalSignOut } from './targets/adminUserGlobalSignOut.ts';
import { AssociateSoftwareToken } from './targets/associateSoftwareToken.ts';
import { ChangePassword } from './targets/changePassword.ts';
import { ConfirmForgotPassword } from './targets/confirmForgotPassword.ts';
import { ConfirmSignUp } from './targets/confirmSignUp.ts';
import { CreateResourceServer } from './targets/createResourceServer.ts';
import { CompleteWebAuthnRegistration } from './targets/completeWebAuthnRegistration.ts';
import { CreateUserPoolClient } from './targets/createUserPoolClient.ts';
import { DeleteWebAuthnCredential } from './targets/deleteWebAuthnCredential.ts';
import { DeleteResourceServer } from './targets/deleteResourceServer.ts';
import { DescribeResourceServer } from './targets/describeResourceServer.ts';
import { DescribeUserPoolClient } from './targets/describeUserPoolClient.ts';
import { ForgotPassword } from './targets/forgotPassword.ts';
import { GetTokensFromRefreshToken } from './targets/getTokensFromRefreshToken.ts';
import { GetUserPoolMfaConfig } from './targets/getUserPoolMfaConfig.ts';
import { GlobalSignOut } from './targets/globalSignOut.ts';
import { InitiateAuth } from './targets/initiateAuth.ts';
import { ListResourceServers } from './targets/listResourceServers.ts';
import { ListWebAuthnCredentials } from './targets/listWebAuthnCredentials.ts';
import { ResendConfirmationCode } from './targets/resendConfirmationCode.ts';
import { RespondToAuthChallenge } from './targets/respondToAuthChallenge.ts';
import { RevokeToken } from './targets/revokeToken.ts';
import { SetUserPoolMfaConfig } from './targets/setUserPoolMfaConfig.ts';
import { SignUp } from './targets/signUp.ts';
import { StartWebAuthnRegistration } from './targets/startWebAuthnRegistration.ts';
import { UpdateResourceServer } from './targets/updateResourceServer.ts';
import { UpdateUserPoolClient } from './targets/updateUserPoolClient.ts';
import { VerifySoftwareToken } from './targets/verifySoftwareToken.ts';

// The request/response types differ per target; the table only needs the common shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogeneous target table
const OVERRIDES: Record<string, LayerTarget<any, any>> = {
  AdminCreateUser,
  AdminInitiateAuth,
  AdminRespondToAuthChallenge,
  AdminListGroupsForUser,
  AdminSetUserPassword,
  AdminUserGlobalSignOut,
  AssociateSoftwareToken,
  ChangePassword,
  CompleteWebAuthnRegistration,
  ConfirmForgotPassword,
  ConfirmSignUp,
  CreateResourceServer,
  CreateUserPoolClient,
  DeleteResourceServer,
  DeleteWebAuthnCredential,
  DescribeResourceServer,
  DescribeUserPoolClient,
  ForgotPassword,
  GetTokensFromRefreshToken,
  GetUserPoolMfaConfig,
  GlobalSignOut,
  InitiateAuth,
  ListResourceServers,
  ListWebAuthnCredentials,
  ResendConfirmationCode,
  RespondToAuthChallenge,
  RevokeToken,
  SetUserPoolMfaConfig,
  SignUp,
  StartWebAuthnRegistration,
  UpdateResourceServer,
  UpdateUserPoolClient,
  VerifySoftwareToken,
};

export function originalTarget(layer: Pick<Layer, 'services'>, name: string): Route {
  if (!isSupportedTarget(name)) {
    return () => Promise.reject(new UnsupportedError(`Unsupported x-amz-target header "${name}"`));
  }
  return Targets[name](layer.services) as Route;
}

export function createRouter(layer: Layer): Router {
  return (name) => {
    // Own keys only: a target named __proto__ or constructor must not find Object.prototype's.
    const override = Object.hasOwn(OVERRIDES, name) ? OVERRIDES[name] : undefined;
    const inner: Route = override ? override(layer) : originalTarget(layer, name);
    return async (ctx, req) => {
      if (req) assertValidRequest(req);
      // cognito-local only decodes access tokens; Cognito rejects expired, forged or revoked ones.
      if (req && typeof req.AccessToken === 'string') {
        layer.tokens.verifyAccessToken(req.AccessToken);
      }
      if (req && SECRET_HASH_TARGETS.has(name)) await assertSecretHash(layer, ctx, req);
      try {
        return await inner(
          ctx.logger ? { ...ctx, logger: ctx.logger.child({ target: name }) } : ctx,
          req,
        );
      } catch (e) {
        // cognito-local signals a wrong password with InvalidPasswordException; Cognito says NotAuthorized.
        if (e instanceof InvalidPasswordError) throw new NotAuthorizedError(INCORRECT);
        throw e;
      }
    };
  };
}
