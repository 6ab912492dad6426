/**
 * CORS policy of the local stand-ins (the API and the Cognito pool): only listed origins get CORS
 * headers; everyone else gets none, so the browser blocks them. `Vary: Origin` is always set because
 * the response differs per origin.
 */
import { LOCAL_APP_ORIGINS } from '../pool/definition';

/** Without configuration the API serves `vite` (dev) and `vite preview` on this machine. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = LOCAL_APP_ORIGINS;

export interface CorsPolicy {
  methods: string;
  /** Headers a preflight may ask for; 'requested' grants what an allowed origin asks for. */
  allowHeaders: string | 'requested';
  /** Response headers the page's script may read. */
  exposeHeaders: string;
}

/** The protected API: bearer GETs; the SPA reads why a call was refused (invalid vs expired token). */
export const API_CORS: CorsPolicy = {
  methods: 'GET, OPTIONS',
  allowHeaders: 'Authorization, Content-Type',
  exposeHeaders: 'WWW-Authenticate',
};

/** The AWS_IAM routes: SigV4-signed GET and PUT; the SPA reads API Gateway's error type. */
export const IAM_API_CORS: CorsPolicy = {
  methods: 'GET, PUT, OPTIONS',
  allowHeaders:
    'Authorization, Content-Type, X-Amz-Date, X-Amz-Security-Token, X-Amz-Content-Sha256',
  exposeHeaders: 'x-amzn-ErrorType',
};

const PREFLIGHT_MAX_AGE_SECONDS = '600';

export interface CorsDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

/** An entry may end in `:*` (e.g. `http://localhost:*`): any port of that scheme and host. */
function originMatches(candidate: string, wanted: string): boolean {
  const allowed = normalizeOrigin(candidate);
  if (!allowed.endsWith(':*')) return allowed === wanted;
  const prefix = allowed.slice(0, -1);
  return wanted.startsWith(prefix) && /^\d{1,5}$/.test(wanted.slice(prefix.length));
}

export function isAllowedOrigin(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (origin === undefined) return false;
  const wanted = normalizeOrigin(origin);
  return allowedOrigins.some((candidate) => originMatches(candidate, wanted));
}

export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
  policy: CorsPolicy = API_CORS,
): CorsDecision {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin === undefined || !isAllowedOrigin(origin, allowedOrigins)) {
    return { allowed: false, headers };
  }
  return {
    allowed: true,
    headers: {
      ...headers,
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Expose-Headers': policy.exposeHeaders,
    },
  };
}

/** Preflight answer; requested headers beyond the policy's are simply not echoed, so the browser refuses. */
export function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
  policy: CorsPolicy = API_CORS,
  requestedHeaders?: string,
): CorsDecision {
  const decision = corsHeaders(origin, allowedOrigins, policy);
  if (!decision.allowed) return decision;
  const allowHeaders =
    policy.allowHeaders === 'requested'
      ? (requestedHeaders ?? 'Content-Type')
      : policy.allowHeaders;
  return {
    allowed: true,
    headers: {
      ...decision.headers,
      'Access-Control-Allow-Methods': policy.methods,
      'Access-Control-Allow-Headers': allowHeaders,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECONDS,
    },
  };
}
