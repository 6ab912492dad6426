/**
 * The bearer-aware fetch wrapper for our API. It is the only code that puts a token on a request, it
 * refuses to send one anywhere but the configured API origin, and a 401 costs at most one forced
 * refresh and one retry.
 */
import { AppError, isTimeout } from '../auth/errors';
import { DEFAULT_REQUEST_TIMEOUTS } from '../config/env';
import { message, type Message } from '../i18n/message';

export type ApiErrorKind =
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'client'
  | 'server'
  | 'network'
  | 'aborted'
  | 'invalidUrl'
  | 'invalidResponse';

/**
 * Every failure of an API call, in the app's one error model: `code` is the kind, `source` is `api`,
 * and `retryable` says whether the same call may work later.
 */
export class ApiError extends AppError {
  override name = 'ApiError' as const;
  readonly kind: ApiErrorKind;
  readonly status?: number;
  /** The parsed response body, when there was one. */
  readonly body?: unknown;

  constructor(
    kind: ApiErrorKind,
    text: string | Message,
    options: { status?: number; body?: unknown; cause?: unknown } = {},
  ) {
    super(kind, text, {
      source: 'api',
      retryable: kind === 'network' || kind === 'server',
      cause: options.cause,
    });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.body !== undefined) this.body = options.body;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export interface ApiClientOptions {
  /** The API origin (and optional base path); the token is never sent anywhere else. */
  baseUrl: string;
  getAccessToken: (options?: { forceRefresh?: boolean }) => Promise<string>;
  /** Called when the API still answers 401 after a fresh token. */
  onUnauthorized?: () => void;
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
  /** Each attempt's limit, body included; past it the call fails as a retryable network error. */
  timeoutMs?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ApiClient {
  /** The raw response for any status that is not an error. */
  request(path: string, init?: RequestInit & { signal?: AbortSignal }): Promise<Response>;
  getJson<T>(path: string, options?: RequestOptions): Promise<T>;
  postJson<T>(path: string, body: unknown, options?: RequestOptions): Promise<T>;
}

const MESSAGES: Record<ApiErrorKind | 'timeout', Message> = {
  unauthorized: message('errors.api.unauthorized'),
  forbidden: message('errors.api.forbidden'),
  notFound: message('errors.api.notFound'),
  client: message('errors.api.client'),
  server: message('errors.api.server'),
  network: message('errors.api.network'),
  timeout: message('errors.api.timeout'),
  aborted: message('errors.api.aborted'),
  invalidUrl: message('errors.api.invalidUrl'),
  invalidResponse: message('errors.api.invalidResponse'),
};

/** What to show for `error`: its own words, or its kind's when it only has a string for the logs. */
export function apiErrorText(error: ApiError): Message {
  return error.text ?? MESSAGES[error.kind];
}

function isAbort(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'AbortError';
}

/**
 * The signal for one attempt: cut off after `timeoutMs` (the body included, when it is read under
 * the same signal), or sooner if the caller cancels.
 */
export function attemptSignal(timeoutMs: number, callerSignal?: AbortSignal | null): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return callerSignal ? AbortSignal.any([callerSignal, timeout]) : timeout;
}

/**
 * Why a fetch (or reading its body) failed: the caller cancelled, or the network did. Shared by the
 * bearer client and the signed calls (signed.ts), so both say the same thing.
 */
export function noAnswerError(cause: unknown, callerSignal?: AbortSignal | null): ApiError {
  // A timeout is the network's failure, so it stays retryable; only the caller's abort is not.
  if (isTimeout(cause)) return new ApiError('network', MESSAGES.timeout, { cause });
  if (callerSignal?.aborted || isAbort(cause))
    return new ApiError('aborted', MESSAGES.aborted, { cause });
  return new ApiError('network', MESSAGES.network, { cause });
}

/** Creates a client bound to one API and one token source. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = new URL(options.baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  const doFetch =
    options.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUTS.apiMs;

  /** Resolves `path` inside the API, or throws: an absolute URL elsewhere must not get our token. */
  const resolve = (path: string): string => {
    let url: URL;
    try {
      url =
        /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')
          ? new URL(path)
          : new URL(`${basePath}/${path.replace(/^\/+/, '')}`, base.origin);
    } catch (cause) {
      throw new ApiError('invalidUrl', MESSAGES.invalidUrl, { cause });
    }
    const inside =
      url.pathname === basePath || url.pathname.startsWith(`${basePath}/`) || basePath === '';
    if (url.origin !== base.origin || !inside)
      throw new ApiError('invalidUrl', MESSAGES.invalidUrl);
    return url.href;
  };

  const token = async (forceRefresh: boolean): Promise<string> => {
    try {
      return await options.getAccessToken(forceRefresh ? { forceRefresh } : undefined);
    } catch (cause) {
      const retryable = (cause as { retryable?: unknown } | null)?.retryable === true;
      // The session's own words (an expired session, no network) say more than ours would.
      const raw = (cause as { message?: unknown } | null)?.message;
      const said =
        cause instanceof AppError ? cause.text : typeof raw === 'string' ? raw : undefined;
      throw new ApiError(
        retryable ? 'network' : 'unauthorized',
        said ?? (retryable ? MESSAGES.network : MESSAGES.unauthorized),
        {
          cause,
        },
      );
    }
  };

  const send = async (url: string, init: RequestInit, accessToken: string): Promise<Response> => {
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${accessToken}`);
    const signal = attemptSignal(timeoutMs, init.signal);
    try {
      // A redirect would carry the Authorization header to wherever it points (same-origin ones
      // keep it), so the bearer client never follows one.
      return await doFetch(url, { ...init, headers, signal, redirect: 'error' });
    } catch (cause) {
      throw noAnswerError(signal.aborted ? signal.reason : cause, init.signal);
    }
  };

  const failure = async (response: Response): Promise<ApiError> => {
    let body: unknown;
    const text = await response.text().catch(() => '');
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      body = text;
    }
    const status = response.status;
    const kind: ApiErrorKind =
      status === 401
        ? 'unauthorized'
        : status === 403
          ? 'forbidden'
          : status === 404
            ? 'notFound'
            : status >= 500
              ? 'server'
              : 'client';
    return new ApiError(kind, MESSAGES[kind], { status, body });
  };

  const request: ApiClient['request'] = async (path, init = {}) => {
    const url = resolve(path);
    if (init.signal?.aborted)
      throw new ApiError('aborted', MESSAGES.aborted, { cause: init.signal.reason });
    let response = await send(url, init, await token(false));
    if (response.status === 401) {
      // One forced refresh and one retry; a second 401 is final, so this can never loop.
      // Release the connection without waiting: some fetch implementations never settle cancel().
      void response.body?.cancel().catch(() => undefined);
      response = await send(url, init, await token(true));
      if (response.status === 401) {
        options.onUnauthorized?.();
        throw await failure(response);
      }
    }
    if (!response.ok) throw await failure(response);
    return response;
  };

  const json = async <T>(response: Response, callerSignal?: AbortSignal): Promise<T> => {
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (cause) {
      if (isAbort(cause) || isTimeout(cause)) throw noAnswerError(cause, callerSignal);
      throw new ApiError('invalidResponse', MESSAGES.invalidResponse, {
        status: response.status,
        cause,
      });
    }
  };

  return {
    request,
    async getJson<T>(path: string, { signal, headers }: RequestOptions = {}) {
      return json<T>(
        await request(path, {
          method: 'GET',
          signal,
          headers: { Accept: 'application/json', ...headers },
        }),
        signal,
      );
    },
    async postJson<T>(path: string, body: unknown, { signal, headers }: RequestOptions = {}) {
      return json<T>(
        await request(path, {
          method: 'POST',
          signal,
          body: JSON.stringify(body),
          headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...headers },
        }),
        signal,
      );
    },
  };
}
