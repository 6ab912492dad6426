// Passkeys (WebAuthn) for the local pool: the pool's WebAuthnConfiguration, users' credentials and sign counters,
// and both ceremonies. Every attestation and assertion is verified by @simplewebauthn/server, never by hand.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';

/** The library's byte type: a Uint8Array over a plain ArrayBuffer. */
type Uint8Array_ = ReturnType<Uint8Array['slice']>;
import {
  decodeAttestationObject,
  isoBase64URL,
  isoUint8Array,
  toHash,
} from '@simplewebauthn/server/helpers';
import type { AppClient } from 'cognito-local/lib/services/appClient';
import type { Clock } from 'cognito-local/lib/services/clock';
import type { UserPool } from 'cognito-local/lib/services/userPoolService';
import { CognitoError, InvalidParameterError, NotAuthorizedError } from 'cognito-local/lib/errors';

export type UserVerification = 'required' | 'preferred';

export interface WebAuthnConfiguration {
  RelyingPartyId: string;
  UserVerification: UserVerification;
}

/** Cognito defaults the relying party to the pool's domain; the local pool has none, and the app runs on localhost. */
export const LOCAL_DEFAULT_WEBAUTHN: WebAuthnConfiguration = {
  RelyingPartyId: 'localhost',
  UserVerification: 'preferred',
};

export interface StoredPasskey {
  poolId: string;
  /** The user's `sub`, also the WebAuthn user handle: a deleted and re-created user does not inherit passkeys. */
  sub: string;
  credentialId: string;
  /** COSE public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
  attachment?: string;
  friendlyName: string;
  relyingPartyId: string;
  createdAt: number;
}

interface PasskeyData {
  configs: Record<string, WebAuthnConfiguration>;
  credentials: StoredPasskey[];
}

interface PendingRegistration {
  challenge: string;
  clientId: string;
  relyingPartyId: string;
  expiresAt: number;
}

/** How long a ceremony may take, as the options tell the browser; also the lifetime of a registration challenge. */
export const CEREMONY_TIMEOUT_MS = 3 * 60 * 1000;

const webAuthnError = (name: string, message: string): CognitoError =>
  new CognitoError(name, message);

/** Cognito's relying-party IDs are host names: no scheme, port or path. */
const HOST_NAME =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function validateWebAuthnConfiguration(
  input: { RelyingPartyId?: string; UserVerification?: string } | undefined,
  current: WebAuthnConfiguration,
): WebAuthnConfiguration {
  const rp = input?.RelyingPartyId ?? current.RelyingPartyId;
  const uv = input?.UserVerification ?? current.UserVerification;
  if (!HOST_NAME.test(rp)) {
    throw new InvalidParameterError(
      `WebAuthnConfiguration.RelyingPartyId must be a host name such as app.example.com, not "${rp}".`,
    );
  }
  if (uv !== 'required' && uv !== 'preferred') {
    throw new InvalidParameterError(
      `WebAuthnConfiguration.UserVerification must be "required" or "preferred", not "${uv}".`,
    );
  }
  return { RelyingPartyId: rp, UserVerification: uv };
}

/** The pool's allowed first factors; Cognito's default is the password alone. */
export function allowedFirstFactors(pool: UserPool): string[] {
  const policies = pool.Policies as
    { SignInPolicy?: { AllowedFirstAuthFactors?: string[] } } | undefined;
  return policies?.SignInPolicy?.AllowedFirstAuthFactors ?? ['PASSWORD'];
}

/** Cognito refuses passkey registration until the pool allows WEB_AUTHN as a first factor. */
export function assertPasskeysEnabled(pool: UserPool): void {
  if (!allowedFirstFactors(pool).includes('WEB_AUTHN')) {
    throw webAuthnError(
      'WebAuthnNotEnabledException',
      'Passkeys are not enabled for this user pool: add WEB_AUTHN to Policies.SignInPolicy.AllowedFirstAuthFactors.',
    );
  }
}

/**
 * Origins a browser may run a ceremony from: those of the client's callback and sign-out URLs, which are
 * exactly where the app is served. Cognito itself checks the origin against the relying party.
 */
export function allowedOrigins(client: AppClient): string[] {
  const origins = new Set<string>();
  for (const url of [...(client.CallbackURLs ?? []), ...(client.LogoutURLs ?? [])]) {
    try {
      origins.add(new URL(url).origin);
    } catch {
      // A malformed URL on the client cannot be an origin the browser reports.
    }
  }
  return [...origins];
}

/** The origin the browser reported, only to name a failure; undefined when unreadable. */
function reportedOrigin(clientDataJSON: unknown): string | undefined {
  try {
    const data = JSON.parse(isoBase64URL.toUTF8String(String(clientDataJSON))) as {
      origin?: unknown;
    };
    return typeof data.origin === 'string' ? data.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Once the library has refused a ceremony, names the failure as Cognito does when the origin or the
 * relying party is to blame; null for any other reason (challenge, signature, counter, ...).
 */
async function classify(
  clientDataJSON: unknown,
  authenticatorData: Uint8Array_ | undefined,
  origins: readonly string[],
  rpId: string,
): Promise<CognitoError | null> {
  const origin = reportedOrigin(clientDataJSON);
  if (origin && !origins.includes(origin)) {
    return webAuthnError(
      'WebAuthnOriginNotAllowedException',
      `The passkey ceremony ran on ${origin}, which is not among the app client's callback or sign-out URL origins (${origins.join(', ') || 'none'}).`,
    );
  }
  if (authenticatorData && authenticatorData.length >= 32) {
    const expected = await toHash(isoUint8Array.fromUTF8String(rpId));
    if (!isoUint8Array.areEqual(expected, authenticatorData.subarray(0, 32))) {
      return webAuthnError(
        'WebAuthnRelyingPartyMismatchException',
        `The passkey belongs to another relying party; this pool's relying party is ${rpId}.`,
      );
    }
  }
  return null;
}

/** The authenticator data of either ceremony, only to name a failure; undefined when unreadable. */
function authDataOf(
  response: AuthenticationResponseJSON | RegistrationResponseJSON,
): Uint8Array_ | undefined {
  try {
    return 'attestationObject' in response.response
      ? decodeAttestationObject(isoBase64URL.toBuffer(response.response.attestationObject)).get(
          'authData',
        )
      : isoBase64URL.toBuffer(response.response.authenticatorData);
  } catch {
    return undefined;
  }
}

function parseJson<T>(value: unknown, what: string): T {
  if (value && typeof value === 'object') return value as T;
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as T;
    } catch {
      // fall through to the message below
    }
  }
  throw new InvalidParameterError(`${what} must be the JSON of a WebAuthn public-key credential.`);
}

export class PasskeyStore {
  private readonly file: string;
  private data: PasskeyData;
  private readonly pending = new Map<string, PendingRegistration>();

  constructor(
    dataDir: string,
    private readonly clock: Clock,
  ) {
    mkdirSync(dataDir, { recursive: true });
    this.file = join(dataDir, 'passkeys.json');
    this.data = existsSync(this.file)
      ? (JSON.parse(readFileSync(this.file, 'utf8')) as PasskeyData)
      : { configs: {}, credentials: [] };
  }

  private save(): void {
    // Write-then-rename so a crash never leaves half a file behind.
    const tmp = `${this.file}.tmp`;
    writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    renameSync(tmp, this.file);
  }

  private now(): number {
    return this.clock.get().getTime();
  }

  configuration(poolId: string): WebAuthnConfiguration {
    return this.data.configs[poolId] ?? LOCAL_DEFAULT_WEBAUTHN;
  }

  configure(poolId: string, config: WebAuthnConfiguration): void {
    this.data.configs[poolId] = config;
    this.save();
  }

  list(poolId: string, sub: string): StoredPasskey[] {
    return this.data.credentials
      .filter((c) => c.poolId === poolId && c.sub === sub)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  delete(poolId: string, sub: string, credentialId: string): boolean {
    const before = this.data.credentials.length;
    this.data.credentials = this.data.credentials.filter(
      (c) => !(c.poolId === poolId && c.sub === sub && c.credentialId === credentialId),
    );
    if (this.data.credentials.length === before) return false;
    this.save();
    return true;
  }

  /** StartWebAuthnRegistration: options for navigator.credentials.create(), remembered until completed or expired. */
  async startRegistration(
    pool: UserPool,
    client: AppClient,
    user: { sub: string; username: string; displayName: string },
  ): Promise<PublicKeyCredentialCreationOptionsJSON> {
    const config = this.configuration(pool.Id);
    const options = await generateRegistrationOptions({
      rpName: pool.Name ?? pool.Id,
      rpID: config.RelyingPartyId,
      userName: user.username,
      userID: isoUint8Array.fromUTF8String(user.sub),
      userDisplayName: user.displayName,
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      excludeCredentials: this.list(pool.Id, user.sub).map((c) => ({
        id: c.credentialId,
        transports: c.transports,
      })),
      // Passkeys are discoverable credentials; that is what lets a browser offer them without a username.
      authenticatorSelection: {
        residentKey: 'required',
        userVerification: config.UserVerification,
      },
    });
    this.pending.set(`${pool.Id}/${user.sub}`, {
      challenge: options.challenge,
      clientId: client.ClientId,
      relyingPartyId: config.RelyingPartyId,
      expiresAt: this.now() + CEREMONY_TIMEOUT_MS,
    });
    return options;
  }

  /** CompleteWebAuthnRegistration: verifies the attestation against the pending challenge and stores the key. */
  async completeRegistration(
    pool: UserPool,
    client: AppClient,
    sub: string,
    credential: unknown,
  ): Promise<StoredPasskey> {
    const key = `${pool.Id}/${sub}`;
    const pending = this.pending.get(key);
    if (!pending || pending.expiresAt < this.now()) {
      this.pending.delete(key);
      throw webAuthnError(
        'WebAuthnChallengeNotFoundException',
        'No passkey registration is in progress for this user, or it has expired. Call StartWebAuthnRegistration again.',
      );
    }
    if (pending.clientId !== client.ClientId) {
      throw webAuthnError(
        'WebAuthnClientMismatchException',
        'The access token belongs to another app client than the one that started this registration.',
      );
    }
    const response = parseJson<RegistrationResponseJSON>(credential, 'Credential');
    if (!response.response?.clientDataJSON || !response.response.attestationObject) {
      throw new InvalidParameterError(
        'Credential must be the JSON of a WebAuthn registration (clientDataJSON and attestationObject).',
      );
    }
    const config = this.configuration(pool.Id);
    const origins = allowedOrigins(client);
    let verified;
    try {
      verified = await verifyRegistrationResponse({
        response,
        expectedChallenge: pending.challenge,
        expectedOrigin: origins,
        expectedRPID: pending.relyingPartyId,
        requireUserVerification: config.UserVerification === 'required',
      });
    } catch (e) {
      const named = await classify(
        response.response.clientDataJSON,
        authDataOf(response),
        origins,
        pending.relyingPartyId,
      );
      throw (
        named ??
        new InvalidParameterError(
          `The passkey registration could not be verified: ${(e as Error).message}`,
        )
      );
    }
    if (!verified.verified) {
      throw new InvalidParameterError('The passkey registration could not be verified.');
    }
    this.pending.delete(key);
    const { credential: created } = verified.registrationInfo;
    if (this.data.credentials.some((c) => c.credentialId === created.id)) {
      throw new InvalidParameterError('This passkey is already registered.');
    }
    const attachment = response.authenticatorAttachment;
    const stored: StoredPasskey = {
      poolId: pool.Id,
      sub,
      credentialId: created.id,
      publicKey: isoBase64URL.fromBuffer(created.publicKey),
      counter: created.counter,
      transports: response.response.transports ?? [],
      ...(attachment ? { attachment } : {}),
      // Cognito names a passkey after its provider; without a metadata service the local pool says what it knows.
      friendlyName:
        attachment === 'platform'
          ? 'Passkey on this device'
          : attachment === 'cross-platform'
            ? 'Security key or phone'
            : 'Passkey',
      relyingPartyId: pending.relyingPartyId,
      createdAt: this.now(),
    };
    this.data.credentials.push(stored);
    this.save();
    return stored;
  }

  /** The CREDENTIAL_REQUEST_OPTIONS of a WEB_AUTHN challenge, limited to the user's own passkeys. */
  async assertionOptions(
    poolId: string,
    sub: string,
  ): Promise<PublicKeyCredentialRequestOptionsJSON> {
    const config = this.configuration(poolId);
    return generateAuthenticationOptions({
      rpID: config.RelyingPartyId,
      allowCredentials: this.list(poolId, sub).map((c) => ({
        id: c.credentialId,
        transports: c.transports,
      })),
      timeout: CEREMONY_TIMEOUT_MS,
      userVerification: config.UserVerification,
    });
  }

  /** Verifies an assertion (signature, challenge, origin, RP ID hash, sign counter) and stores the new counter. */
  async verifyAssertion(
    poolId: string,
    client: AppClient,
    sub: string,
    expectedChallenge: string,
    credential: unknown,
  ): Promise<void> {
    const response = parseJson<AuthenticationResponseJSON>(credential, 'CREDENTIAL');
    const stored = this.list(poolId, sub).find((c) => c.credentialId === response.id);
    if (!stored) {
      throw new NotAuthorizedError('This passkey is not registered for the user.');
    }
    const config = this.configuration(poolId);
    const origins = allowedOrigins(client);
    let newCounter: number;
    try {
      const result = await verifyAuthenticationResponse({
        response,
        expectedChallenge,
        expectedOrigin: origins,
        expectedRPID: stored.relyingPartyId,
        credential: {
          id: stored.credentialId,
          publicKey: isoBase64URL.toBuffer(stored.publicKey),
          counter: stored.counter,
          transports: stored.transports,
        },
        requireUserVerification: config.UserVerification === 'required',
      });
      if (!result.verified) throw new Error('signature did not verify');
      newCounter = result.authenticationInfo.newCounter;
    } catch (e) {
      const named = await classify(
        response.response?.clientDataJSON,
        authDataOf(response),
        origins,
        stored.relyingPartyId,
      );
      throw (
        named ??
        new NotAuthorizedError(`The passkey could not be verified: ${(e as Error).message}`)
      );
    }
    stored.counter = newCounter;
    this.save();
  }
}
