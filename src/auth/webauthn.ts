/**
 * The browser half of a passkey ceremony, through @simplewebauthn/browser (small, well kept, and it
 * uses the platform's JSON helpers where they exist): Cognito's options in, the credential's JSON
 * out. Loaded with a dynamic import when a passkey is used, so /sign-in's first load stays lean.
 * Every failure leaves as an AuthError with a code from the one error table.
 */
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import { AppErrorCode, createAuthError, type AuthErrorContext } from './errors';

function ceremonyError(e: unknown, context: AuthErrorContext) {
  // The library wraps the platform's DOMException; its name says what happened. Read by shape: a
  // DOMException is not an Error in every realm.
  const nameOf = (value: unknown): string | undefined =>
    typeof value === 'object' && value !== null && typeof (value as Error).name === 'string'
      ? (value as Error).name
      : undefined;
  const cause = typeof e === 'object' && e !== null ? (e as { cause?: unknown }).cause : undefined;
  const name = nameOf(cause) ?? nameOf(e) ?? '';
  const code =
    name === 'NotAllowedError' || name === 'AbortError'
      ? AppErrorCode.passkeyCancelled
      : name === 'InvalidStateError'
        ? AppErrorCode.passkeyExists
        : AppErrorCode.passkeyFailed;
  return createAuthError(code, { context, cause: e, source: 'app' });
}

function requireWebAuthn(context: AuthErrorContext): void {
  if (!browserSupportsWebAuthn()) {
    throw createAuthError(AppErrorCode.webAuthnUnsupported, { context, source: 'app' });
  }
}

/** Signs Cognito's CREDENTIAL_REQUEST_OPTIONS (a JSON string); resolves with CREDENTIAL's value. */
export async function getPasskeyAssertion(requestOptions: string): Promise<string> {
  requireWebAuthn('passkey');
  let optionsJSON: PublicKeyCredentialRequestOptionsJSON;
  try {
    optionsJSON = JSON.parse(requestOptions) as PublicKeyCredentialRequestOptionsJSON;
  } catch (e) {
    throw createAuthError(AppErrorCode.server, { context: 'passkey', cause: e });
  }
  try {
    return JSON.stringify(await startAuthentication({ optionsJSON }));
  } catch (e) {
    throw ceremonyError(e, 'passkey');
  }
}

/** Creates a passkey for StartWebAuthnRegistration's options; resolves with the credential's JSON. */
export async function createPasskey(creationOptions: object): Promise<object> {
  requireWebAuthn('passkeys');
  try {
    return await startRegistration({
      optionsJSON: creationOptions as PublicKeyCredentialCreationOptionsJSON,
    });
  } catch (e) {
    throw ceremonyError(e, 'passkeys');
  }
}
