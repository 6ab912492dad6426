/**
 * Local stand-in for API Gateway (REST, Lambda proxy integration) with a Cognito User Pool
 * authorizer: turns node:http requests into proxy events, rejects unauthenticated or unauthorized
 * requests before any handler runs, applies the SPA's CORS policy, and writes handler results back.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken, toAuthorizerClaims } from './authorizer';
import { BodyTooLargeError, readBody } from './body';
import { corsHeaders, DEFAULT_ALLOWED_ORIGINS, preflightHeaders } from '../../server/api/cors';
import { hostRefusal, isAllowedHost } from './hosts';
import { groupsOf } from '../../server/api/handlers/http';
import { defaultRoutes, withHandlers, type Route, type RouteName } from './routes';
import type {
  ApiGatewayProxyEvent,
  ApiGatewayProxyResult,
  AuthorizerClaims,
  ProxyHandler,
} from '../../server/api/types';
import { createAccessTokenVerifier, type AccessTokenVerifier } from './verifier';

export interface ApiOptions {
  port?: number;
  host?: string;
  userPoolId: string;
  /** Cognito endpoint that issued the tokens, e.g. http://localhost:9229 (the issuer is `${url}/${pool}`). */
  cognitoUrl: string;
  /** App client ids whose access tokens are accepted. */
  clientIds: string[];
  allowedOrigins?: string[];
  /** Host names answered besides localhost, 127.0.0.1 and [::1] (DNS rebinding protection). */
  allowedHosts?: string[];
  /** Explicit issuer, when it differs from `${cognitoUrl}/${userPoolId}`. */
  issuer?: string;
  /** Replace route handlers (tests use spies to prove rejected requests never reach them). */
  handlers?: Partial<Record<RouteName, ProxyHandler>>;
  /** One line per request; silent when omitted. */
  log?: (line: string) => void;
}

export interface RunningApi {
  url: string;
  port: number;
  close(): Promise<void>;
}

const REALM = 'local-api';

type Reply = { statusCode: number; headers: Record<string, string>; body: string };

function jsonReply(statusCode: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** RFC 6750 §3: no error code when no credentials were sent at all, invalid_token otherwise. */
function unauthorizedReply(description: string | undefined): Reply {
  const challenge =
    description === undefined
      ? `Bearer realm="${REALM}"`
      : `Bearer realm="${REALM}", error="invalid_token", error_description="${description.replace(/"/g, "'")}"`;
  return jsonReply(
    401,
    {
      error: description === undefined ? 'unauthorized' : 'invalid_token',
      message: description ?? 'An access token is required (Authorization: Bearer <token>).',
    },
    { 'WWW-Authenticate': challenge },
  );
}

function buildEvent(
  req: IncomingMessage,
  url: URL,
  route: Route,
  body: string | null,
  claims: AuthorizerClaims | undefined,
): ApiGatewayProxyEvent {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    const value = req.rawHeaders[i + 1]!;
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const query: Record<string, string> = {};
  const multiQuery: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) {
    query[key] = value;
    (multiQuery[key] ??= []).push(value);
  }
  const hasQuery = url.searchParams.size > 0;
  return {
    resource: route.path,
    path: url.pathname,
    httpMethod: route.method,
    headers,
    multiValueHeaders,
    queryStringParameters: hasQuery ? query : null,
    multiValueQueryStringParameters: hasQuery ? multiQuery : null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      authorizer: claims === undefined ? null : { claims },
      httpMethod: route.method,
      identity: {
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? null,
      },
      path: url.pathname,
      protocol: `HTTP/${req.httpVersion}`,
      requestId: randomUUID(),
      requestTimeEpoch: Date.now(),
      resourceId: route.name,
      resourcePath: route.path,
      stage: 'local',
    },
    body,
    isBase64Encoded: false,
  };
}

function fromResult(result: ApiGatewayProxyResult): Reply {
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(result.headers ?? {})) headers[key] = String(value);
  const body = result.isBase64Encoded
    ? Buffer.from(result.body, 'base64').toString('utf8')
    : result.body;
  return { statusCode: result.statusCode, headers, body };
}

async function route(
  req: IncomingMessage,
  routes: readonly Route[],
  verifier: AccessTokenVerifier,
  allowedOrigins: readonly string[],
  allowedHosts: readonly string[],
): Promise<Reply> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const origin = req.headers.origin;
  const method = (req.method ?? 'GET').toUpperCase();

  if (!isAllowedHost(req.headers.host, allowedHosts)) {
    return jsonReply(403, {
      error: 'host_not_allowed',
      message: hostRefusal(req.headers.host, 'API_ALLOWED_HOSTS (or the allowedHosts option)'),
    });
  }

  if (method === 'OPTIONS') {
    const decision = preflightHeaders(origin, allowedOrigins);
    if (!decision.allowed) {
      return jsonReply(403, { error: 'cors', message: 'Origin not allowed.' }, decision.headers);
    }
    return { statusCode: 204, headers: decision.headers, body: '' };
  }

  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const matching = routes.filter((candidate) => candidate.path === path);
  const matched = matching.find((candidate) => candidate.method === method);
  if (!matched) {
    if (matching.length > 0) {
      return jsonReply(
        405,
        { error: 'method_not_allowed', message: `${method} is not allowed here.` },
        {
          Allow: [...new Set(matching.map((candidate) => candidate.method)), 'OPTIONS'].join(', '),
        },
      );
    }
    return jsonReply(404, {
      error: 'not_found',
      message: `No route for ${method} ${url.pathname}.`,
    });
  }

  let claims: AuthorizerClaims | undefined;
  if (matched.auth === 'cognito') {
    const token = bearerToken(req.headers.authorization);
    if (token === null) return unauthorizedReply(undefined);
    if (token === '') return unauthorizedReply('The Authorization header is not a bearer token.');
    const outcome = await verifier.verify(token);
    if (!outcome.ok) {
      if (outcome.status === 503) {
        return jsonReply(503, { error: 'temporarily_unavailable', message: outcome.description });
      }
      return unauthorizedReply(outcome.description);
    }
    claims = toAuthorizerClaims(outcome.claims);
    if (matched.groups && !groupsOf(claims).some((group) => matched.groups!.includes(group))) {
      return jsonReply(
        403,
        {
          error: 'forbidden',
          message: `Requires group ${matched.groups.map((g) => `"${g}"`).join(' or ')}.`,
        },
        { 'WWW-Authenticate': `Bearer realm="${REALM}", error="insufficient_scope"` },
      );
    }
  }

  let body: string | null;
  try {
    const bytes = await readBody(req);
    body = bytes.length === 0 ? null : bytes.toString('utf8');
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    return jsonReply(413, { error: 'payload_too_large', message: `${error.message}` });
  }
  try {
    return fromResult(await matched.handler(buildEvent(req, url, matched, body, claims)));
  } catch {
    // What API Gateway answers when the Lambda throws; details stay in the function's logs.
    return jsonReply(502, { message: 'Internal server error' });
  }
}

export function createApiListener(
  options: ApiOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const routes = withHandlers(defaultRoutes, options.handlers);
  const allowedOrigins = options.allowedOrigins ?? [...DEFAULT_ALLOWED_ORIGINS];
  const verifier = createAccessTokenVerifier({
    userPoolId: options.userPoolId,
    cognitoUrl: options.cognitoUrl,
    issuer: options.issuer,
    clientIds: options.clientIds,
  });
  return (req, res) => {
    const started = Date.now();
    route(req, routes, verifier, allowedOrigins, options.allowedHosts ?? [])
      .catch((): Reply => jsonReply(500, { error: 'internal', message: 'Unexpected error.' }))
      .then((reply) => {
        // CORS headers on every answer, errors included, so the SPA can read a 401's body.
        // (A preflight reply already carries its own, fuller set.)
        const cors =
          req.method === 'OPTIONS' ? {} : corsHeaders(req.headers.origin, allowedOrigins).headers;
        res.writeHead(reply.statusCode, {
          'X-Content-Type-Options': 'nosniff',
          'Cache-Control': 'no-store',
          ...reply.headers,
          ...cors,
        });
        res.end(reply.body);
        options.log?.(`${req.method} ${req.url} ${reply.statusCode} ${Date.now() - started}ms`);
      });
  };
}

export async function startApi(options: ApiOptions): Promise<RunningApi> {
  const server = createServer(createApiListener(options));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 3001, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost =
    host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
