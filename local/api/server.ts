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
import {
  API_CORS,
  corsHeaders,
  DEFAULT_ALLOWED_ORIGINS,
  IAM_API_CORS,
  preflightHeaders,
  type CorsPolicy,
} from '../../server/api/cors';
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
import {
  identityPoolLookup,
  verifySigV4,
  type CredentialsLookup,
  type IamCaller,
  type IamRefusal,
} from './sigv4';

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
  /** Region SigV4 signatures must be scoped to (AWS_IAM routes); default us-east-1. */
  region?: string;
  /** Where the local identity pool runs (it shares the Cognito port); default cognitoUrl. */
  identityUrl?: string;
  /** Who issued an access key (tests); default: ask the local identity pool at identityUrl. */
  credentialsLookup?: CredentialsLookup;
  /** Clock for signature dates and credential expiry (tests); default Date.now. */
  now?: () => number;
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

/** API Gateway's AWS_IAM refusals: always 403, the error type in a header, `message` in the body. */
function iamRefusal(refusal: IamRefusal): Reply {
  return jsonReply(403, { message: refusal.message }, { 'x-amzn-ErrorType': refusal.errorType });
}

/** What API Gateway says when the role's policy does not allow execute-api:Invoke on the resource. */
function notAuthorizedByPolicy(
  caller: IamCaller,
  method: string,
  path: string,
  region: string,
): Reply {
  const role = caller.cognitoAuthenticationType === 'authenticated' ? 'Authenticated' : 'Guest';
  return jsonReply(
    403,
    {
      Message: `User: arn:aws:sts::local:assumed-role/${role}Role/CognitoIdentityCredentials is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:${region}:local:local/local/${method}${path}`,
    },
    { 'x-amzn-ErrorType': 'AccessDeniedException' },
  );
}

/** `/iam/notes/{identityId}` against a request path: the parameters, or null when it does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const segment = want[i]!;
    const param = /^\{(\w+)\}$/.exec(segment);
    if (param) {
      let value: string;
      try {
        value = decodeURIComponent(got[i]!);
      } catch {
        return null;
      }
      if (value === '') return null;
      params[param[1]!] = value;
    } else if (segment !== got[i]) {
      return null;
    }
  }
  return params;
}

function buildEvent(
  req: IncomingMessage,
  url: URL,
  route: Route,
  body: string | null,
  claims: AuthorizerClaims | undefined,
  pathParameters: Record<string, string>,
  caller: IamCaller | undefined,
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
    pathParameters: Object.keys(pathParameters).length > 0 ? pathParameters : null,
    stageVariables: null,
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      authorizer: claims === undefined ? null : { claims },
      httpMethod: route.method,
      identity: {
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: req.headers['user-agent'] ?? null,
        ...(caller === undefined
          ? {}
          : {
              accessKey: caller.accessKey,
              cognitoIdentityId: caller.cognitoIdentityId,
              cognitoIdentityPoolId: caller.cognitoIdentityPoolId,
              cognitoAuthenticationType: caller.cognitoAuthenticationType,
            }),
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

interface Context {
  routes: readonly Route[];
  verifier: AccessTokenVerifier;
  allowedOrigins: readonly string[];
  allowedHosts: readonly string[];
  region: string;
  lookup: CredentialsLookup;
  now?: () => number;
}

const normalizedPath = (pathname: string): string =>
  pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;

/** The IAM routes answer preflights for SigV4's headers and PUT; the bearer routes keep theirs. */
function corsPolicyFor(routes: readonly Route[], pathname: string): CorsPolicy {
  const path = normalizedPath(pathname);
  return routes.some((r) => r.auth === 'iam' && matchPath(r.path, path) !== null)
    ? IAM_API_CORS
    : API_CORS;
}

async function route(req: IncomingMessage, context: Context): Promise<Reply> {
  const { routes, verifier, allowedOrigins, allowedHosts } = context;
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
    const decision = preflightHeaders(origin, allowedOrigins, corsPolicyFor(routes, url.pathname));
    if (!decision.allowed) {
      return jsonReply(403, { error: 'cors', message: 'Origin not allowed.' }, decision.headers);
    }
    return { statusCode: 204, headers: decision.headers, body: '' };
  }

  const path = normalizedPath(url.pathname);
  const matching = routes.filter((candidate) => matchPath(candidate.path, path) !== null);
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

  const pathParameters = matchPath(matched.path, path) ?? {};

  const readWhole = async (): Promise<Buffer | Reply> => {
    try {
      return await readBody(req);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      return jsonReply(413, { error: 'payload_too_large', message: `${error.message}` });
    }
  };

  // A signature covers the body, so IAM routes read it first; bearer routes only once authorized.
  let bytes: Buffer | undefined;
  let caller: IamCaller | undefined;
  if (matched.auth === 'iam') {
    const read = await readWhole();
    if (!Buffer.isBuffer(read)) return read;
    bytes = read;
    // Before the body is trusted or any handler runs, as API Gateway's AWS_IAM authorization does.
    let outcome;
    try {
      outcome = await verifySigV4(req, url, bytes, {
        region: context.region,
        lookup: context.lookup,
        now: context.now,
      });
    } catch {
      return jsonReply(503, {
        error: 'temporarily_unavailable',
        message: 'The local identity pool did not answer; is the Cognito stand-in running?',
      });
    }
    if (!outcome.ok) return iamRefusal(outcome);
    caller = outcome.caller;
    const owner = matched.ownerParameter;
    if (
      (matched.identities === 'authenticated' &&
        caller.cognitoAuthenticationType !== 'authenticated') ||
      (owner !== undefined && pathParameters[owner] !== caller.cognitoIdentityId)
    ) {
      return notAuthorizedByPolicy(caller, matched.method, url.pathname, context.region);
    }
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

  if (bytes === undefined) {
    const read = await readWhole();
    if (!Buffer.isBuffer(read)) return read;
    bytes = read;
  }
  const body = bytes.length === 0 ? null : bytes.toString('utf8');
  try {
    return fromResult(
      await matched.handler(buildEvent(req, url, matched, body, claims, pathParameters, caller)),
    );
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
  const context: Context = {
    routes,
    verifier,
    allowedOrigins,
    allowedHosts: options.allowedHosts ?? [],
    region: options.region ?? 'us-east-1',
    lookup:
      options.credentialsLookup ?? identityPoolLookup(options.identityUrl ?? options.cognitoUrl),
    now: options.now,
  };
  return (req, res) => {
    const started = Date.now();
    route(req, context)
      .catch((): Reply => jsonReply(500, { error: 'internal', message: 'Unexpected error.' }))
      .then((reply) => {
        // CORS headers on every answer, errors included, so the SPA can read a 401's body.
        // (A preflight reply already carries its own, fuller set.)
        const cors =
          req.method === 'OPTIONS'
            ? {}
            : corsHeaders(
                req.headers.origin,
                allowedOrigins,
                corsPolicyFor(routes, new URL(req.url ?? '/', 'http://localhost').pathname),
              ).headers;
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
