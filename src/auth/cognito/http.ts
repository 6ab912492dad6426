/**
 * The one HTTP path to Cognito's JSON API. Both the SDK (through `sdkClient`) and our direct calls go
 * through here, so every response is read the same way: AWS's `__type` becomes `code`, the HTTP status
 * is kept (the SDK's own client drops it for 5xx), and a request that never got an answer is a
 * NetworkError. No retries here: the session manager owns the retry policy.
 */
import { DEFAULT_REQUEST_TIMEOUTS } from '../../config/env';
import { AppError, AppErrorCode, isRetryableCode } from '../errors';

/**
 * A failed Cognito request as it came off the wire: `message` is Cognito's own text (toAuthError reads
 * password-policy and trigger details from it), `code` is AWS's `__type`, or one of ours when the
 * answer had none.
 */
export class CognitoHttpError extends AppError {
  constructor(
    message: string,
    code: string | undefined,
    readonly statusCode: number | undefined,
    cause?: unknown,
  ) {
    const known =
      code ??
      (statusCode !== undefined && statusCode >= 500 ? AppErrorCode.server : AppErrorCode.unknown);
    super(known, message, {
      source: known === AppErrorCode.network ? 'network' : 'cognito',
      retryable: isRetryableCode(known) || (statusCode !== undefined && statusCode >= 500),
      cause,
    });
    // Named after the AWS code, as the SDK names its own errors, so a logged error reads the same.
    this.name = code ?? 'CognitoHttpError';
  }
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CognitoHttp {
  readonly endpoint: string;
  call<T = Record<string, unknown>>(operation: string, params: object): Promise<T>;
}

export function cognitoEndpoint(region: string, override?: string): string {
  return override ?? `https://cognito-idp.${region}.amazonaws.com/`;
}

// Resolved per call, not captured at import, so a test's fetch interceptor is always the one used.
const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init);

/** What a request that got no (complete) answer in time, or none at all, becomes. */
function noAnswer(cause: unknown): Error {
  if (cause instanceof DOMException && cause.name === 'AbortError') return cause;
  // The cause stays attached, so the refresh can tell a timeout (isTimeout) from a dropped line.
  return new CognitoHttpError(
    cause instanceof DOMException && cause.name === 'TimeoutError' ? 'Timed out' : 'Network error',
    'NetworkError',
    undefined,
    cause,
  );
}

/**
 * `timeoutMs` bounds the whole exchange, body included: without it a server that never answers
 * leaves restore() loading, the refresh (and its Web Lock) held, and every caller waiting.
 */
export function createCognitoHttp(
  endpoint: string,
  fetchFn: FetchLike = defaultFetch,
  timeoutMs: number = DEFAULT_REQUEST_TIMEOUTS.cognitoMs,
): CognitoHttp {
  return {
    endpoint,
    async call<T>(operation: string, params: object): Promise<T> {
      const signal = AbortSignal.timeout(timeoutMs);
      let response: Response;
      let text: string;
      try {
        response = await fetchFn(endpoint, {
          signal,
          method: 'POST',
          mode: 'cors',
          cache: 'no-store',
          headers: {
            'Content-Type': 'application/x-amz-json-1.1',
            'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
          },
          body: JSON.stringify(params),
        });
        text = await response.text();
      } catch (cause) {
        throw noAnswer(cause);
      }
      const data = parseObject(text);
      if (response.ok) return data as T;
      const rawType =
        (typeof data.__type === 'string' && data.__type) ||
        (typeof data.code === 'string' && data.code) ||
        response.headers.get('x-amzn-errortype') ||
        undefined;
      const code = rawType?.split(':')[0]?.split('#').pop();
      const message =
        (typeof data.message === 'string' && data.message) ||
        (typeof data.Message === 'string' && data.Message) ||
        `HTTP ${response.status}`;
      throw new CognitoHttpError(message, code, response.status);
    },
  };
}

// A 5xx from a proxy is often HTML or empty; the status alone still says what happened.
export function parseObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = text === '' ? {} : JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

type NodeCallback = (err: Error | null, data?: unknown) => void;

/**
 * An object with the SDK Client's methods, backed by `http`. Installed on the CognitoUserPool so the
 * SDK's SRP and challenge flows share our transport; `requestWithRetry` deliberately does not retry
 * (the SDK's version retries every error, including a revoked refresh token, for ~6 seconds).
 */
export function sdkClient(http: CognitoHttp) {
  const request = (operation: string, params: object, callback: NodeCallback) => {
    http.call(operation, params).then(
      (data) => callback(null, data),
      (err: Error) => callback(err),
    );
  };
  return {
    endpoint: http.endpoint,
    request,
    requestWithRetry: request,
    promisifyRequest: (operation: string, params: object) => http.call(operation, params),
  };
}
