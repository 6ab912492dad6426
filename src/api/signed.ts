/**
 * SigV4-signed calls to the API's AWS_IAM routes with identity pool credentials. Signing is aws4fetch's
 * (small, maintained, WebCrypto-based), imported on first use so it never weighs on the first load.
 * Like the bearer client, it signs only for the configured API origin.
 */
import type { AwsCredentials } from '../auth/credentials';
import { DEFAULT_REQUEST_TIMEOUTS } from '../config/env';
import { ApiError, attemptSignal, noAnswerError } from './client';

export interface SignedCallOptions {
  apiUrl: string;
  region: string;
  credentials: AwsCredentials;
  method?: 'GET' | 'PUT';
  body?: unknown;
  /** The whole exchange's limit, body included; past it the call fails as a retryable network error. */
  timeoutMs?: number;
}

/** Calls `path` under the API signed for execute-api and parses the JSON answer. */
export async function signedJson<T>(path: string, options: SignedCallOptions): Promise<T> {
  const url = new URL(`${options.apiUrl}${path}`);
  if (url.origin !== new URL(options.apiUrl).origin)
    throw new ApiError('invalidUrl', `Refusing to sign a request for ${url.origin}.`);
  const { AwsClient } = await import('aws4fetch');
  const client = new AwsClient({
    accessKeyId: options.credentials.accessKeyId,
    secretAccessKey: options.credentials.secretAccessKey,
    sessionToken: options.credentials.sessionToken,
    service: 'execute-api',
    region: options.region,
    // The caller decides about retrying; aws4fetch would otherwise retry 5xx up to ten times.
    retries: 0,
  });
  const signal = attemptSignal(options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUTS.apiMs);
  let response: Response;
  let text: string;
  try {
    response = await client.fetch(url.toString(), {
      method: options.method ?? 'GET',
      signal,
      // The session token travels in X-Amz-Security-Token, which fetch keeps on a cross-origin
      // redirect (only Authorization is dropped), so a signed request never follows one.
      redirect: 'error',
      ...(options.body === undefined
        ? {}
        : { body: JSON.stringify(options.body), headers: { 'Content-Type': 'application/json' } }),
    });
    text = await response.text();
  } catch (error) {
    throw noAnswerError(signal.aborted ? signal.reason : error);
  }
  const body = parseJson(text) as { message?: string; Message?: string } | undefined;
  if (response.ok) return body as T;
  const said = body?.message ?? body?.Message;
  if (response.status === 403)
    throw new ApiError('forbidden', said ? `Refused: ${said}` : 'The API refused this identity.', {
      status: 403,
      body,
    });
  throw new ApiError(
    response.status >= 500 ? 'server' : 'client',
    said ?? `The API answered ${response.status}.`,
    {
      status: response.status,
      body,
    },
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
