/**
 * The Lambda entry points of the deployed API (the CDK app bundles this file once per route, naming
 * the export as the function's handler). Each wraps the same handler the local adapter runs with the
 * CORS policy the local adapter applies, because with Lambda proxy integration API Gateway passes the
 * handler's headers through unchanged: the app's origin is in ALLOWED_ORIGINS (comma separated).
 */
import { corsHeaders } from './cors';
import { HANDLERS } from './handlers';
import type { ApiGatewayProxyEvent, ProxyHandler } from './types';

function originOf(event: ApiGatewayProxyEvent): string | undefined {
  // Header names arrive as the client sent them; HTTP/2 clients send them in lower case.
  for (const [name, value] of Object.entries(event.headers ?? {})) {
    if (name.toLowerCase() === 'origin') return value;
  }
  return undefined;
}

export function withCors(
  handler: ProxyHandler,
  allowedOrigins: () => readonly string[] = () =>
    (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
): ProxyHandler {
  return async (event) => {
    const result = await handler(event);
    const cors = corsHeaders(originOf(event), allowedOrigins());
    return { ...result, headers: { ...result.headers, ...cors.headers } };
  };
}

// Named exports, because a Lambda function's handler setting names an export of its bundle.
export const health = withCors(HANDLERS.health);
export const hello = withCors(HANDLERS.hello);
export const me = withCors(HANDLERS.me);
export const admin = withCors(HANDLERS.admin);
export const whoami = withCors(HANDLERS.whoami);
export const noteGet = withCors(HANDLERS.noteGet);
export const notePut = withCors(HANDLERS.notePut);
