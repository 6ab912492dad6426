/**
 * The AWS_IAM authorizer half of the API Gateway stand-in: checks a request's Signature Version 4
 * the way API Gateway does before any handler runs, and answers refusals with API Gateway's 403 bodies.
 *
 * The signature is recomputed with @smithy/signature-v4 (the AWS SDK's own signer) from the secret the
 * local identity pool issued, rather than by hand: canonical request, string to sign and key
 * derivation are exactly what every AWS SDK produces. aws4 would do too, but smithy is already in the
 * tree through the SDK, and its canonicalisation is the reference the browser's signer must match.
 * Around it we check what the signer itself does not: the Authorization header's shape, the credential
 * scope (region, service, date), the request date's skew, the session token and the expiry.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { Hash } from '@smithy/hash-node';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { IssuedCredentials } from '../identity/store';

export const SERVICE = 'execute-api';
/** API Gateway refuses a request dated more than five minutes from its clock. */
const MAX_SKEW_MS = 5 * 60 * 1000;

/** What the identity pool issued for an access key, as its lookup answers (the store's record). */
export type KnownCredentials = IssuedCredentials;

export type CredentialsLookup = (accessKeyId: string) => Promise<KnownCredentials | undefined>;

export interface IamCaller {
  accessKey: string;
  cognitoIdentityId: string;
  cognitoIdentityPoolId: string;
  cognitoAuthenticationType: 'authenticated' | 'unauthenticated';
}

/** API Gateway's refusal: status 403, its error type header, and its JSON message. */
export interface IamRefusal {
  ok: false;
  errorType: string;
  message: string;
}

export type IamOutcome = { ok: true; caller: IamCaller } | IamRefusal;

const refuse = (errorType: string, message: string): IamRefusal => ({
  ok: false,
  errorType,
  message,
});

export const MISSING_TOKEN = refuse(
  'MissingAuthenticationTokenException',
  'Missing Authentication Token',
);
const BAD_SIGNATURE = refuse(
  'InvalidSignatureException',
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
);
const UNKNOWN_TOKEN = refuse(
  'UnrecognizedClientException',
  'The security token included in the request is invalid.',
);

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([A-Z0-9]+)\/(\d{8})\/([a-z0-9-]+)\/([a-z0-9-]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

function parseAmzDate(value: string): Date | undefined {
  const m = AMZ_DATE.exec(value);
  if (!m) return undefined;
  const date = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
}

export interface SigV4Options {
  region: string;
  lookup: CredentialsLookup;
  now?: () => number;
}

export async function verifySigV4(
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  options: SigV4Options,
): Promise<IamOutcome> {
  const authorization = header(req, 'authorization');
  if (authorization === undefined) return MISSING_TOKEN;
  const parts = AUTHORIZATION.exec(authorization.trim());
  if (!parts) {
    return refuse(
      'IncompleteSignatureException',
      `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters of an AWS4-HMAC-SHA256 signature.`,
    );
  }
  const [, accessKeyId, scopeDate, region, service, signedHeaderList, signature] =
    parts as unknown as [string, string, string, string, string, string, string];
  if (service !== SERVICE) {
    return refuse(
      'InvalidSignatureException',
      `Credential should be scoped to correct service: '${SERVICE}'. `,
    );
  }
  if (region !== options.region) {
    return refuse('InvalidSignatureException', 'Credential should be scoped to a valid region. ');
  }
  const amzDate = header(req, 'x-amz-date');
  const signedAt = amzDate === undefined ? undefined : parseAmzDate(amzDate);
  if (amzDate === undefined || signedAt === undefined) {
    return refuse(
      'IncompleteSignatureException',
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  if (amzDate.slice(0, 8) !== scopeDate) {
    return refuse(
      'InvalidSignatureException',
      'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.',
    );
  }
  const now = options.now?.() ?? Date.now();
  if (Math.abs(now - signedAt.getTime()) > MAX_SKEW_MS) {
    return refuse(
      'InvalidSignatureException',
      `Signature expired: ${amzDate} is now earlier or later than the server's time by more than 5 min.`,
    );
  }
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host')) {
    return refuse('InvalidSignatureException', "'Host' must be a signed header.");
  }

  const known = await options.lookup(accessKeyId);
  if (!known) return UNKNOWN_TOKEN;
  if (header(req, 'x-amz-security-token') !== known.sessionToken) return UNKNOWN_TOKEN;
  if (known.expiration * 1000 <= now) {
    return refuse('ExpiredTokenException', 'The security token included in the request is expired');
  }

  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(req, name);
    if (value === undefined) return BAD_SIGNATURE;
    headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const signer = new SignatureV4({
    service: SERVICE,
    region,
    credentials: {
      accessKeyId,
      secretAccessKey: known.secretKey,
      sessionToken: known.sessionToken,
    },
    sha256: Hash.bind(null, 'sha256'),
    // x-amz-content-sha256 only when the client signed it (S3 style); execute-api clients do not.
    applyChecksum: false,
  });
  const rawPath = (req.url ?? '/').split('?')[0]!;
  const signed = await signer.sign(
    new HttpRequest({
      method: req.method ?? 'GET',
      protocol: 'http:',
      hostname: headers.host ?? 'localhost',
      path: rawPath,
      query,
      headers,
      body: body.length > 0 ? body : undefined,
    }),
    { signingDate: signedAt },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
  const recomputedHeaders = /SignedHeaders=([^,]+)/.exec(String(signed.headers.authorization))?.[1];
  if (
    recomputedHeaders !== signedHeaderList ||
    expected.length !== signature.length ||
    !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  ) {
    return BAD_SIGNATURE;
  }
  return {
    ok: true,
    caller: {
      accessKey: accessKeyId,
      cognitoIdentityId: known.identityId,
      cognitoIdentityPoolId: known.identityPoolId,
      cognitoAuthenticationType: known.authenticated ? 'authenticated' : 'unauthenticated',
    },
  };
}

/** Asks the local identity pool which secret it issued for an access key (see local/identity/http.ts). */
export function identityPoolLookup(identityUrl: string): CredentialsLookup {
  return async (accessKeyId) => {
    const response = await fetch(`${identityUrl.replace(/\/+$/, '')}/_local/identity/credentials`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ AccessKeyId: accessKeyId }),
      signal: AbortSignal.timeout(3000),
    });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`The local identity pool answered ${response.status}.`);
    return (await response.json()) as KnownCredentials;
  };
}
