// Starts the local Cognito stand-in: cognito-local's services behind this layer's HTTP front (API, hosted UI, inbox).
import { randomInt } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import pino from 'pino';
import { DefaultConfig } from 'cognito-local/lib/server/config';
import { DateClock } from 'cognito-local/lib/services';
import type { Services } from 'cognito-local/lib/services';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb';
import { CaseAwareUserPoolServiceFactory } from './usernames.ts';
import type { Context } from 'cognito-local/lib/services/context';
import {
  corsHeaders,
  DEFAULT_ALLOWED_ORIGINS,
  preflightHeaders,
  type CorsPolicy,
} from '../../server/api/cors.ts';
import { hostRefusal, isAllowedHost } from '../api/hosts.ts';
import {
  LOCAL_APP_ORIGINS,
  POOL,
  PRODUCT_NAME,
  type PoolTrigger,
} from '../../server/pool/definition.ts';
import { handleApi, sendCognitoError } from './api.ts';
import { HttpError, sendHtml, sendJson } from './hosted/http.ts';
import { loginGet, loginPost } from './hosted/login.ts';
import {
  authorize,
  type Hosted,
  jwksDocument,
  logout,
  openidConfiguration,
  revoke,
  token,
  userInfo,
} from './hosted/oauth.ts';
import { errorPage, inboxPage } from './hosted/pages.ts';
import { HostedState } from './hosted/state.ts';
import { Inbox } from './inbox.ts';
import { DEFAULT_DATA_DIR } from './paths.ts';
import { type Layer, SessionStore } from './layer.ts';
import { PasskeyStore } from './passkeys.ts';
import { createRouter, originalTarget } from './router.ts';
import { SigningKey } from './signingKey.ts';
import { ExtrasStore } from './store.ts';
import { TokenService } from './tokens.ts';
import { LocalTriggers, loadTriggerHandlers } from './triggers.ts';
import { signInCode } from './userAuth.ts';
import { IdentityStore } from '../identity/store.ts';
import { IdentityService } from '../identity/service.ts';
import {
  CREDENTIALS_LOOKUP_PATH,
  handleCredentialsLookup,
  handleIdentity,
  isIdentityRequest,
} from '../identity/http.ts';

export interface LocalCognitoOptions {
  port?: number; // default 9229; 0 = random free port
  host?: string; // default '127.0.0.1'
  dataDir?: string; // default <repo>/.cognito (git-ignored); tests pass a temp dir
  fixedCode?: string; // every code sent is this one
  clock?: { get(): Date }; // injectable time
  quiet?: boolean; // no console output (tests)
  /** Browser origins allowed to call the pool (CORS); default http://localhost:5173 and :4173. */
  allowedOrigins?: readonly string[];
  /** Host names answered besides localhost, 127.0.0.1 and [::1] (DNS rebinding protection). */
  allowedHosts?: readonly string[];
  /** Where failures are reported (default stderr); never given a request body. */
  log?: (line: string) => void;
  /** Where the dev inbox announces each email it receives (default stdout). */
  notify?: (line: string) => void;
  /**
   * Lambda triggers to run in-process: trigger → handler entry file. Default: the pool definition's
   * (server/pool/definition.ts), so the local pool behaves as the deployed one; `{}` runs none.
   */
  triggers?: Partial<Record<PoolTrigger, string>>;
  /** The SPA origin the triggers' emails link to (default APP_ORIGIN, else http://localhost:5173). */
  appOrigin?: string;
}

export interface LocalCognito {
  url: string;
  port: number;
  dataDir: string;
  close(): Promise<void>;
}

const POOL_PATH = /^\/([\w-]+_[\w]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

/** The SDKs send their own headers (X-Amz-Target, X-Amz-User-Agent, amz-sdk-*) and read the error type. */
const COGNITO_CORS: CorsPolicy = {
  methods: 'GET, POST, OPTIONS',
  allowHeaders: 'requested',
  exposeHeaders: 'x-amzn-RequestId, x-amzn-ErrorType, x-amzn-ErrorMessage, Date, WWW-Authenticate',
};

export async function startLocalCognito(opts: LocalCognitoOptions = {}): Promise<LocalCognito> {
  const host = opts.host ?? '127.0.0.1';
  const dataDir = opts.dataDir ?? DEFAULT_DATA_DIR;
  const quiet = opts.quiet ?? false;
  const fixedCode = opts.fixedCode ?? process.env.COGNITO_LOCAL_FIXED_CODE;
  const clock = opts.clock ?? new DateClock();
  const log = quiet ? () => {} : (opts.log ?? ((line: string) => console.error(line)));
  const allowedOrigins = opts.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS;
  const allowedHosts = [...(opts.allowedHosts ?? []), ...(opts.host ? [opts.host] : [])];
  const logger = pino(
    { level: quiet ? 'silent' : 'error' },
    { write: (line: string) => log(line.trimEnd()) },
  );
  const ctx: Context = { logger };

  const dbDir = join(dataDir, 'db');
  const storeFactory = new StormDBDataStoreFactory(dbDir);
  const cognito = await new CognitoServiceFactoryImpl(
    dbDir,
    storeFactory,
    new CaseAwareUserPoolServiceFactory(clock, storeFactory),
  ).create(ctx, {});
  const notify = quiet ? () => {} : (opts.notify ?? ((line: string) => console.log(line)));
  const inbox = new Inbox(dataDir, clock, notify);
  // The router exists only once the services do; the post confirmation trigger calls it later.
  const late: { router?: ReturnType<typeof createRouter> } = {};
  const localTriggers = new LocalTriggers(
    await loadTriggerHandlers(opts.triggers ?? POOL.triggers, {
      // In-process AdminAddUserToGroup: the same target (and errors) a Lambda's SDK call would reach.
      addUserToGroup: async (UserPoolId, Username, GroupName) => {
        if (!late.router) throw new Error('The local pool is not ready yet.');
        await late.router('AdminAddUserToGroup')(ctx, { UserPoolId, Username, GroupName });
      },
      sendEmail: async ({ to, subject, text }) =>
        inbox.record(to, '', 'welcome', { subject, text }),
      appOrigin: (opts.appOrigin ?? process.env.APP_ORIGIN ?? LOCAL_APP_ORIGINS[0]).replace(
        /\/+$/,
        '',
      ),
      productName: PRODUCT_NAME,
    }),
  );
  const triggers = localTriggers.asCognitoLocal();
  const extras = new ExtrasStore(dataDir);

  let baseUrl = '';
  const tokens = new TokenService(
    clock,
    extras,
    () => cognito,
    () => baseUrl,
    SigningKey.forDataDir(dataDir),
    localTriggers,
  );
  const config = {
    ...DefaultConfig,
    TriggerFunctions: {},
    UserPoolDefaults: {},
    TokenConfig: { IssuerDomain: '' },
    ServerConfig: { port: opts.port ?? 9229, hostname: host, development: false },
  };
  const services: Services = {
    clock,
    cognito,
    config,
    messages: inbox.deliverer(
      triggers,
      // Cognito's codes expire (sign-up 24 h, password reset 1 h); cognito-local keeps no send time.
      (source, poolId, username) => {
        const purpose =
          source === 'ForgotPassword'
            ? 'reset'
            : source === 'SignUp' || source === 'ResendCode'
              ? 'confirm'
              : undefined;
        if (purpose) extras.codeSent(poolId, username, purpose, clock.get().getTime());
      },
    ),
    otp: () => fixedCode ?? String(randomInt(0, 1_000_000)).padStart(6, '0'),
    tokenGenerator: tokens.asGenerator(),
    triggers,
  };
  const layer: Layer = {
    services,
    original: (name) => originalTarget({ services }, name),
    tokens,
    extras,
    sessions: new SessionStore(() => clock.get().getTime()),
    inbox,
    passkeys: new PasskeyStore(dataDir, clock),
    signInCode: () => fixedCode ?? signInCode(),
  };
  const apiRouter = createRouter(layer);
  late.router = apiRouter;
  // The identity pool (Cognito Identity) shares this port, as a second service told apart by X-Amz-Target.
  const nowSeconds = () => Math.floor(clock.get().getTime() / 1000);
  const identity = new IdentityService(
    new IdentityStore(dataDir, nowSeconds),
    {
      issuer: (poolId) => tokens.issuer(poolId),
      verifySignature: (token) => tokens.key.decodeVerified(token),
      isSessionEnded: (claims) =>
        typeof claims.origin_jti === 'string' && extras.isOriginRevoked(claims.origin_jti),
    },
    nowSeconds,
  );

  const hosted: Hosted = {
    layer,
    state: new HostedState(() => clock.get().getTime()),
    ctx,
    baseUrl: () => baseUrl,
    nowSeconds: () => Math.floor(clock.get().getTime() / 1000),
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://local');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (!isAllowedHost(req.headers.host, allowedHosts)) {
      req.resume();
      res.writeHead(403, {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        // The refusal quotes the Host header: never let a browser sniff it into HTML.
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(hostRefusal(req.headers.host, 'COGNITO_ALLOWED_HOSTS (or the allowedHosts option)'));
      return;
    }
    const origin = req.headers.origin;
    if (method === 'OPTIONS') {
      const requested = req.headers['access-control-request-headers'];
      const preflight = preflightHeaders(origin, allowedOrigins, COGNITO_CORS, requested);
      res.writeHead(preflight.allowed ? 204 : 403, preflight.headers);
      res.end();
      return;
    }
    for (const [name, value] of Object.entries(
      corsHeaders(origin, allowedOrigins, COGNITO_CORS).headers,
    ))
      res.setHeader(name, value);

    if (path === '/' && method === 'POST' && isIdentityRequest(req)) {
      return handleIdentity(req, res, { service: identity, allowedOrigins, log });
    }
    if (path === CREDENTIALS_LOOKUP_PATH && method === 'POST') {
      return handleCredentialsLookup(req, res, identity);
    }
    if (path === '/' && method === 'POST') {
      return handleApi(req, res, { router: apiRouter, ctx, allowedOrigins, log });
    }
    const pool = POOL_PATH.exec(path);
    if (pool && method === 'GET') {
      return pool[2] === 'jwks.json'
        ? jwksDocument(hosted, res)
        : openidConfiguration(hosted, res, pool[1] as string);
    }
    if (path === '/oauth2/authorize' && method === 'GET') return authorize(hosted, req, res, url);
    if (path === '/oauth2/token' && method === 'POST') return token(hosted, req, res);
    if (
      (path === '/oauth2/userInfo' || path === '/oauth2/userinfo') &&
      (method === 'GET' || method === 'POST')
    ) {
      return userInfo(hosted, req, res);
    }
    if (path === '/oauth2/revoke' && method === 'POST') return revoke(hosted, req, res);
    if (path === '/login' && method === 'GET') return loginGet(hosted, res, url);
    if (path === '/login' && method === 'POST') return loginPost(hosted, req, res);
    if (path === '/logout' && method === 'GET') return logout(hosted, req, res, url);
    if (path === '/_local/inbox' && method === 'GET')
      return sendHtml(res, 200, inboxPage(inbox.list()));
    if (path === '/_local/messages' && method === 'GET') {
      return sendJson(res, 200, inbox.list(url.searchParams.get('to') ?? undefined));
    }
    if (path === '/health' && method === 'GET') return sendJson(res, 200, { ok: true });
    req.resume();
    if (path === '/') {
      return sendCognitoError(res, 405, 'MethodNotAllowed', 'The Cognito API takes POST only.');
    }
    throw new HttpError(404, `Nothing here: ${method} ${path.slice(0, 100)}.`);
  };

  /** Each endpoint answers errors in the shape its clients parse: OAuth JSON, or a page for people. */
  const fail = (req: IncomingMessage, res: ServerResponse, status: number, message: string) => {
    if (res.headersSent) return void res.end();
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (path.startsWith('/oauth2/')) {
      return sendJson(res, status, {
        error: status >= 500 ? 'server_error' : 'invalid_request',
        error_description: message,
      });
    }
    if (path.startsWith('/_local/') || POOL_PATH.test(path) || path === '/health')
      return sendJson(res, status, { message });
    sendHtml(res, status, errorPage('Something went wrong', message));
  };

  const server: Server = createHttpServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError) return fail(req, res, err.status, err.message);
      // The stack names our code, never the request's values.
      log(
        `[cognito-local] ${req.method} ${req.url?.split('?')[0]} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
      );
      fail(req, res, 500, 'The local user pool failed on this request; its console shows why.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 9229, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  // Browsers and token issuers must agree on one spelling of the host.
  const urlHost = host === '127.0.0.1' || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  baseUrl = `http://${urlHost}:${port}`;

  return {
    url: baseUrl,
    port,
    dataDir,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
