/**
 * CORS policy for the SPA: only listed origins get CORS headers; everyone else gets none, so the
 * browser blocks them. `Vary: Origin` is always set because the response differs per origin.
 */
import { LOCAL_APP_ORIGINS } from '../pool/definition';

/** Without configuration the API serves `vite` (dev) and `vite preview` on this machine. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = LOCAL_APP_ORIGINS;

const ALLOWED_METHODS = 'GET, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

export interface CorsDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}

export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): CorsDecision {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin === undefined) return { allowed: false, headers };
  const wanted = normalizeOrigin(origin);
  const allowed = allowedOrigins.some((candidate) => normalizeOrigin(candidate) === wanted);
  if (!allowed) return { allowed, headers };
  return {
    allowed,
    headers: {
      ...headers,
      'Access-Control-Allow-Origin': origin,
      // Lets the SPA read why a call was refused (invalid vs expired token).
      'Access-Control-Expose-Headers': 'WWW-Authenticate',
    },
  };
}

/** Preflight answer; requested headers beyond ours are simply not echoed, so the browser refuses. */
export function preflightHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): CorsDecision {
  const decision = corsHeaders(origin, allowedOrigins);
  if (!decision.allowed) return decision;
  return {
    allowed: true,
    headers: {
      ...decision.headers,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_SECONDS,
    },
  };
}
