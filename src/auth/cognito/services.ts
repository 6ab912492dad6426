/**
 * The one door to amazon-cognito-identity-js. It turns the SDK's callbacks into promises, normalises
 * every error into AuthError, and keeps the SDK's token cache in memory only (our TokenStore is the one
 * place tokens are persisted). Flows that need the SDK's SRP maths and challenge bookkeeping use the
 * SDK; signed-in calls that are a single JSON request go straight through the shared HTTP layer.
 */
import {
  AuthenticationDetails,
  CognitoUser,
  CognitoUserAttribute,
  CognitoUserPool,
  type CognitoUserSession,
  type IAuthenticationCallback,
} from 'amazon-cognito-identity-js';
import type { AppConfig } from '../../config/env';
import { AppErrorCode, createAuthError, toAuthError, type AuthErrorContext } from '../errors';
import { message } from '../../i18n/message';
import type { AuthServices, FlowHandle, SignInOutcome, TotpTarget } from '../services';
import { createMemoryStorage } from '../storage';
import type { CodeDelivery, MfaChallenge, SessionTokens } from '../types';
import { cognitoEndpoint, createCognitoHttp, sdkClient, type FetchLike } from './http';
import { adoptWarmHelper, createSrpWarmup, installFastSrp } from './srp';
import { userAuthOperations } from './userAuth';

export { CognitoHttpError } from './http';

interface CognitoDeliveryDetails {
  Destination?: string;
  DeliveryMedium?: string;
  AttributeName?: string;
}

function delivery(details: CognitoDeliveryDetails | undefined): CodeDelivery {
  const result: CodeDelivery = {};
  if (details?.Destination) result.destination = details.Destination;
  if (details?.DeliveryMedium) result.medium = details.DeliveryMedium;
  return result;
}

function tokensOf(session: CognitoUserSession, sdkStorage: { clear(): void }): SessionTokens {
  // Our TokenStore takes over from here; the SDK's in-memory copy has no further use.
  sdkStorage.clear();
  const tokens: SessionTokens = {
    idToken: session.getIdToken().getJwtToken(),
    accessToken: session.getAccessToken().getJwtToken(),
  };
  const refresh = session.getRefreshToken()?.getToken();
  if (refresh) tokens.refreshToken = refresh;
  return tokens;
}

const USER_ATTRIBUTES_PREFIX = 'userAttributes.';

/** Cognito lists required attributes as "userAttributes.name"; screens want "name". */
export function stripAttributePrefix(names: readonly string[]): string[] {
  return names.map((n) =>
    n.startsWith(USER_ATTRIBUTES_PREFIX) ? n.slice(USER_ATTRIBUTES_PREFIX.length) : n,
  );
}

/**
 * How to address the person during the new-password challenge: the SDK hands over the user's
 * attributes (its parsed `userAttributes`), and the username beside them is often a UUID.
 */
export function displayNameFromAttributes(attributes: unknown): string | undefined {
  if (typeof attributes !== 'object' || attributes === null) return undefined;
  const { name, email } = attributes as Record<string, unknown>;
  for (const value of [name, email]) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return undefined;
}

function parseMfaOptions(raw: unknown): MfaChallenge[] {
  let list: unknown = raw;
  if (typeof raw === 'string') {
    try {
      list = JSON.parse(raw);
    } catch {
      list = [];
    }
  }
  return Array.isArray(list)
    ? list.filter((o): o is MfaChallenge => o === 'SMS_MFA' || o === 'SOFTWARE_TOKEN_MFA')
    : [];
}

export interface CognitoServicesOptions {
  /** Defaults to the global fetch, looked up per request. */
  fetch?: FetchLike;
}

/** Builds the default AuthServices for a pool. */
export function createCognitoServices(
  config: AppConfig,
  options: CognitoServicesOptions = {},
): AuthServices {
  const http = createCognitoHttp(
    cognitoEndpoint(config.region, config.cognitoEndpoint),
    options.fetch,
    config.requestTimeouts.cognitoMs,
  );
  // The SDK caches tokens in whatever Storage it gets, and a CognitoUser without one falls back to
  // localStorage; this memory area, given to the pool and every user, keeps them out of Web Storage.
  const sdkStorage = createMemoryStorage();
  const pool = new CognitoUserPool({
    UserPoolId: config.userPoolId,
    ClientId: config.clientId,
    endpoint: http.endpoint,
    Storage: sdkStorage,
  });
  // Share our transport with the SDK (status codes, network errors, no hidden retries). `client` is
  // not in the SDK's typings, hence the cast.
  (pool as unknown as { client: unknown }).client = sdkClient(http);
  installFastSrp();
  // The first sign-in's `a` and A are computed now, while the user is still typing.
  const srpWarmup = createSrpWarmup(pool.getUserPoolName());
  srpWarmup.prepare();

  const flows = new WeakMap<FlowHandle, CognitoUser>();
  const newFlow = (user: CognitoUser): FlowHandle => {
    const handle: FlowHandle = Object.freeze({ username: user.getUsername() });
    flows.set(handle, user);
    return handle;
  };
  const userOf = (flow: FlowHandle): CognitoUser => {
    const user = flows.get(flow);
    if (user === undefined) throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
    return user;
  };
  const cognitoUser = (username: string) =>
    new CognitoUser({ Username: username, Pool: pool, Storage: sdkStorage });

  const call = async <T>(
    context: AuthErrorContext,
    operation: string,
    params: object,
  ): Promise<T> => {
    try {
      return await http.call<T>(operation, params);
    } catch (e) {
      throw toAuthError(e, context);
    }
  };

  /** One promise for every callback the SDK may fire while signing in. */
  const signInCallbacks = (
    user: CognitoUser,
    context: AuthErrorContext,
    resolve: (outcome: SignInOutcome) => void,
    reject: (e: unknown) => void,
  ): IAuthenticationCallback => ({
    onSuccess: (session) => resolve({ kind: 'signedIn', tokens: tokensOf(session, sdkStorage) }),
    onFailure: (err: unknown) => reject(toAuthError(err, context)),
    newPasswordRequired: (userAttributes: unknown, requiredAttributes: unknown) => {
      const displayName = displayNameFromAttributes(userAttributes);
      resolve({
        kind: 'newPasswordRequired',
        flow: newFlow(user),
        requiredAttributes: stripAttributePrefix(
          Array.isArray(requiredAttributes)
            ? requiredAttributes.filter((a) => typeof a === 'string')
            : [],
        ),
        ...(displayName === undefined ? {} : { displayName }),
      });
    },
    mfaRequired: (_name: unknown, params: Record<string, string> | undefined) =>
      resolve({
        kind: 'mfa',
        flow: newFlow(user),
        challenge: 'SMS_MFA',
        delivery: delivery({
          Destination: params?.CODE_DELIVERY_DESTINATION,
          DeliveryMedium: params?.CODE_DELIVERY_DELIVERY_MEDIUM,
        }),
      }),
    totpRequired: () =>
      resolve({ kind: 'mfa', flow: newFlow(user), challenge: 'SOFTWARE_TOKEN_MFA' }),
    selectMFAType: (_name: unknown, params: Record<string, string> | undefined) =>
      resolve({
        kind: 'selectMfa',
        flow: newFlow(user),
        options: parseMfaOptions(params?.MFAS_CAN_CHOOSE),
      }),
    mfaSetup: () => resolve({ kind: 'mfaSetup', flow: newFlow(user) }),
    customChallenge: () =>
      reject(
        createAuthError(AppErrorCode.unknown, {
          text: message('errors.unsupportedStep'),
        }),
      ),
  });

  return {
    ...userAuthOperations(config.clientId, call),

    signUp: ({ username, password, attributes }) =>
      new Promise((resolve, reject) => {
        const list = Object.entries(attributes).map(
          ([Name, Value]) => new CognitoUserAttribute({ Name, Value }),
        );
        pool.signUp(username, password, list, [], (err, result) => {
          if (err || !result) return reject(toAuthError(err, 'signUp'));
          const details = (result as { codeDeliveryDetails?: CognitoDeliveryDetails })
            .codeDeliveryDetails;
          resolve({ userConfirmed: result.userConfirmed, delivery: delivery(details) });
        });
      }),

    confirmSignUp: (username, code) =>
      new Promise((resolve, reject) => {
        cognitoUser(username).confirmRegistration(code, false, (err: unknown) =>
          err ? reject(toAuthError(err, 'confirmSignUp')) : resolve(),
        );
      }),

    resendSignUpCode: (username) =>
      new Promise((resolve, reject) => {
        cognitoUser(username).resendConfirmationCode(
          (err, data: { CodeDeliveryDetails?: CognitoDeliveryDetails }) =>
            err
              ? reject(toAuthError(err, 'confirmSignUp'))
              : resolve(delivery(data?.CodeDeliveryDetails)),
        );
      }),

    signIn: (username, password, authFlow) =>
      new Promise<SignInOutcome>((resolve, reject) => {
        const user = cognitoUser(username);
        if (authFlow === 'USER_PASSWORD_AUTH') user.setAuthenticationFlowType('USER_PASSWORD_AUTH');
        const details = new AuthenticationDetails({ Username: username, Password: password });
        const callbacks = signInCallbacks(user, 'signIn', resolve, reject);
        adoptWarmHelper(srpWarmup.take(), () => user.authenticateUser(details, callbacks));
        // Only once the attempt is over: made during the InitiateAuth wait, it would compete with S.
      }).finally(() => srpWarmup.prepare()),

    completeNewPassword: (flow, newPassword, attributes) =>
      new Promise((resolve, reject) => {
        const user = userOf(flow);
        user.completeNewPasswordChallenge(
          newPassword,
          attributes,
          signInCallbacks(user, 'signIn', resolve, reject),
        );
      }),

    answerMfa: (flow, code, challenge) =>
      new Promise((resolve, reject) => {
        const user = userOf(flow);
        const callbacks = signInCallbacks(user, 'mfa', resolve, reject);
        user.sendMFACode(
          code,
          { onSuccess: callbacks.onSuccess, onFailure: callbacks.onFailure },
          challenge,
        );
      }),

    selectMfaType: (flow, type) =>
      new Promise((resolve, reject) => {
        const user = userOf(flow);
        const callbacks = signInCallbacks(user, 'mfa', resolve, reject);
        user.sendMFASelectionAnswer(type, {
          onSuccess: callbacks.onSuccess,
          onFailure: callbacks.onFailure,
          mfaRequired: callbacks.mfaRequired!,
          totpRequired: callbacks.totpRequired!,
        });
      }),

    associateTotp: async (target: TotpTarget) => {
      if ('accessToken' in target) {
        const data = await call<{ SecretCode?: string }>('mfa', 'AssociateSoftwareToken', {
          AccessToken: target.accessToken,
        });
        return data.SecretCode ?? '';
      }
      const user = userOf(target.flow);
      return new Promise<string>((resolve, reject) => {
        user.associateSoftwareToken({
          associateSecretCode: resolve,
          onFailure: (err: unknown) => reject(toAuthError(err, 'mfa')),
        });
      });
    },

    verifyTotp: async (target, code, friendlyName) => {
      if ('accessToken' in target) {
        await call('mfa', 'VerifySoftwareToken', {
          AccessToken: target.accessToken,
          UserCode: code,
          ...(friendlyName ? { FriendlyDeviceName: friendlyName } : {}),
        });
        return null;
      }
      const user = userOf(target.flow);
      return new Promise<SignInOutcome>((resolve, reject) => {
        user.verifySoftwareToken(code, friendlyName ?? '', {
          onSuccess: (session) =>
            resolve({ kind: 'signedIn', tokens: tokensOf(session, sdkStorage) }),
          onFailure: (err: unknown) => reject(toAuthError(err, 'mfa')),
        });
      });
    },

    setTotpPreference: async (accessToken, enabled) => {
      await call('mfa', 'SetUserMFAPreference', {
        AccessToken: accessToken,
        SoftwareTokenMfaSettings: { Enabled: enabled, PreferredMfa: enabled },
      });
    },

    getMfaStatus: async (accessToken) => {
      const data = await call<{ UserMFASettingList?: string[]; PreferredMfaSetting?: string }>(
        'session',
        'GetUser',
        { AccessToken: accessToken },
      );
      const result: { totpEnabled: boolean; preferred?: MfaChallenge } = {
        totpEnabled: (data.UserMFASettingList ?? []).includes('SOFTWARE_TOKEN_MFA'),
      };
      const preferred = parseMfaOptions([data.PreferredMfaSetting])[0];
      if (preferred) result.preferred = preferred;
      return result;
    },

    forgotPassword: (username) =>
      new Promise((resolve, reject) => {
        const done = (data: { CodeDeliveryDetails?: CognitoDeliveryDetails } | undefined) =>
          resolve(delivery(data?.CodeDeliveryDetails));
        cognitoUser(username).forgotPassword({
          onSuccess: done,
          inputVerificationCode: done,
          onFailure: (err) => reject(toAuthError(err, 'forgotPassword')),
        });
      }),

    confirmForgotPassword: (username, code, newPassword) =>
      new Promise((resolve, reject) => {
        cognitoUser(username).confirmPassword(code, newPassword, {
          onSuccess: () => resolve(),
          onFailure: (err) => reject(toAuthError(err, 'forgotPassword')),
        });
      }),

    changePassword: async (accessToken, oldPassword, newPassword) => {
      await call('changePassword', 'ChangePassword', {
        AccessToken: accessToken,
        PreviousPassword: oldPassword,
        ProposedPassword: newPassword,
      });
    },

    updateAttributes: async (accessToken, attributes) => {
      const data = await call<{ CodeDeliveryDetailsList?: CognitoDeliveryDetails[] }>(
        'attributes',
        'UpdateUserAttributes',
        {
          AccessToken: accessToken,
          UserAttributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
        },
      );
      return (data.CodeDeliveryDetailsList ?? []).map(delivery);
    },

    verifyAttribute: async (accessToken, attribute, code) => {
      await call('attributes', 'VerifyUserAttribute', {
        AccessToken: accessToken,
        AttributeName: attribute,
        Code: code,
      });
    },

    refresh: async (refreshToken) => {
      // GetTokensFromRefreshToken rather than InitiateAuth/REFRESH_TOKEN_AUTH: it is the only refresh
      // a client with refresh-token rotation accepts, and works the same on one without it.
      const data = await call<{
        AuthenticationResult?: { IdToken?: string; AccessToken?: string; RefreshToken?: string };
      }>('session', 'GetTokensFromRefreshToken', {
        RefreshToken: refreshToken,
        ClientId: config.clientId,
      });
      const result = data.AuthenticationResult;
      if (!result?.IdToken || !result.AccessToken) {
        throw createAuthError(AppErrorCode.server, { context: 'session' });
      }
      // With rotation on, the answer carries the new refresh token and the old one dies after the
      // client's grace period; with rotation off, there is none and the old one stays valid.
      return {
        idToken: result.IdToken,
        accessToken: result.AccessToken,
        refreshToken: result.RefreshToken ?? refreshToken,
      };
    },

    revokeToken: async (refreshToken) => {
      await call('session', 'RevokeToken', { Token: refreshToken, ClientId: config.clientId });
    },

    globalSignOut: async (accessToken) => {
      await call('session', 'GlobalSignOut', { AccessToken: accessToken });
    },
  };
}
