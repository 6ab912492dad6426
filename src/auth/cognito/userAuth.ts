/**
 * Choice-based sign-in (InitiateAuth USER_AUTH) and the passkey operations, as direct JSON requests:
 * amazon-cognito-identity-js predates them. The password keeps the SDK's USER_SRP_AUTH path (two
 * calls, A precomputed); a passkey or an email code costs two calls here too: InitiateAuth with
 * PREFERRED_CHALLENGE, then RespondToAuthChallenge.
 */
import { AppErrorCode, createAuthError, type AuthErrorContext } from '../errors';
import { message } from '../../i18n/message';
import type {
  AuthServices,
  FlowHandle,
  PasswordlessFactor,
  SignInOutcome,
  UserAuthOutcome,
} from '../services';
import type { Passkey, SessionTokens } from '../types';

type Call = <T>(context: AuthErrorContext, operation: string, params: object) => Promise<T>;

interface AuthResponse {
  ChallengeName?: string;
  ChallengeParameters?: Record<string, string>;
  Session?: string;
  AvailableChallenges?: string[];
  AuthenticationResult?: { IdToken?: string; AccessToken?: string; RefreshToken?: string };
}

interface UserAuthFlow {
  username: string;
  challenge: PasswordlessFactor;
  session: string;
}

interface CognitoCredential {
  CredentialId?: string;
  FriendlyCredentialName?: string;
  AuthenticatorAttachment?: string;
  CreatedAt?: number;
}

export type UserAuthOperations = Pick<
  AuthServices,
  | 'startUserAuth'
  | 'answerUserAuth'
  | 'listPasskeys'
  | 'startPasskeyRegistration'
  | 'completePasskeyRegistration'
  | 'deletePasskey'
>;

function tokensFrom(result: AuthResponse['AuthenticationResult']): SessionTokens {
  if (!result?.IdToken || !result.AccessToken) {
    throw createAuthError(AppErrorCode.server, { context: 'signIn' });
  }
  const tokens: SessionTokens = { idToken: result.IdToken, accessToken: result.AccessToken };
  if (result.RefreshToken) tokens.refreshToken = result.RefreshToken;
  return tokens;
}

export function userAuthOperations(clientId: string, call: Call): UserAuthOperations {
  const flows = new WeakMap<FlowHandle, UserAuthFlow>();
  const newFlow = (flow: UserAuthFlow): FlowHandle => {
    const handle: FlowHandle = Object.freeze({ username: flow.username });
    flows.set(handle, flow);
    return handle;
  };

  /** What Cognito asked for next; a challenge we did not ask for is a step this app cannot take. */
  const outcome = (username: string, data: AuthResponse): UserAuthOutcome => {
    if (data.AuthenticationResult) {
      return { kind: 'signedIn', tokens: tokensFrom(data.AuthenticationResult) };
    }
    const params = data.ChallengeParameters ?? {};
    const session = data.Session ?? '';
    switch (data.ChallengeName) {
      case 'WEB_AUTHN':
        return {
          kind: 'webAuthn',
          flow: newFlow({ username, challenge: 'WEB_AUTHN', session }),
          requestOptions: params.CREDENTIAL_REQUEST_OPTIONS ?? '',
        };
      case 'EMAIL_OTP': {
        const delivery: { destination?: string; medium?: string } = {};
        if (params.CODE_DELIVERY_DESTINATION)
          delivery.destination = params.CODE_DELIVERY_DESTINATION;
        if (params.CODE_DELIVERY_DELIVERY_MEDIUM)
          delivery.medium = params.CODE_DELIVERY_DELIVERY_MEDIUM;
        return {
          kind: 'emailOtp',
          flow: newFlow({ username, challenge: 'EMAIL_OTP', session }),
          delivery,
        };
      }
      case 'SELECT_CHALLENGE':
        return { kind: 'unavailable', available: data.AvailableChallenges ?? [] };
      default:
        throw createAuthError(AppErrorCode.unknown, {
          text: message('errors.unsupportedStep'),
        });
    }
  };

  return {
    startUserAuth: async (username, preferred) => {
      const data = await call<AuthResponse>('signIn', 'InitiateAuth', {
        AuthFlow: 'USER_AUTH',
        ClientId: clientId,
        AuthParameters: { USERNAME: username, PREFERRED_CHALLENGE: preferred },
      });
      return outcome(username, data);
    },

    answerUserAuth: async (handle, answer): Promise<SignInOutcome> => {
      const flow = flows.get(handle);
      if (flow === undefined || flow.challenge !== answer.challenge) {
        throw createAuthError(AppErrorCode.wrongStep, { source: 'app' });
      }
      const responses =
        answer.challenge === 'WEB_AUTHN'
          ? { USERNAME: flow.username, CREDENTIAL: answer.credential }
          : { USERNAME: flow.username, EMAIL_OTP_CODE: answer.code };
      const data = await call<AuthResponse>(
        answer.challenge === 'WEB_AUTHN' ? 'passkey' : 'emailCode',
        'RespondToAuthChallenge',
        {
          ClientId: clientId,
          ChallengeName: answer.challenge,
          Session: flow.session,
          ChallengeResponses: responses,
        },
      );
      const next = outcome(flow.username, data);
      if (next.kind === 'signedIn') return next;
      throw createAuthError(AppErrorCode.unknown, {
        text: message('errors.unsupportedStep'),
      });
    },

    listPasskeys: async (accessToken) => {
      const data = await call<{ Credentials?: CognitoCredential[] }>(
        'passkeys',
        'ListWebAuthnCredentials',
        { AccessToken: accessToken },
      );
      return (data.Credentials ?? []).flatMap((c): Passkey[] => {
        if (!c.CredentialId) return [];
        const passkey: Passkey = {
          id: c.CredentialId,
          name: c.FriendlyCredentialName || 'Passkey',
          // Cognito's JSON gives epoch seconds.
          createdAt: (c.CreatedAt ?? 0) * 1000,
        };
        if (c.AuthenticatorAttachment) passkey.attachment = c.AuthenticatorAttachment;
        return [passkey];
      });
    },

    startPasskeyRegistration: async (accessToken) => {
      const data = await call<{ CredentialCreationOptions?: object }>(
        'passkeys',
        'StartWebAuthnRegistration',
        { AccessToken: accessToken },
      );
      if (!data.CredentialCreationOptions) {
        throw createAuthError(AppErrorCode.server, { context: 'passkeys' });
      }
      return data.CredentialCreationOptions;
    },

    completePasskeyRegistration: async (accessToken, credential) => {
      await call('passkeys', 'CompleteWebAuthnRegistration', {
        AccessToken: accessToken,
        Credential: credential,
      });
    },

    deletePasskey: async (accessToken, credentialId) => {
      await call('passkeys', 'DeleteWebAuthnCredential', {
        AccessToken: accessToken,
        CredentialId: credentialId,
      });
    },
  };
}
