// Starts the local Cognito stand-in: cognito-local's services and API, with this layer's targets and hosted UI in front.
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
import { createServer } from 'cognito-local/lib/server/server';
import { DefaultConfig } from 'cognito-local/lib/server/config';
import {
  DateClock,
  LambdaService,
  MessagesService,
  TriggersService,
} from 'cognito-local/lib/services';
import type { Services } from 'cognito-local/lib/services';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService';
import type { CryptoService } from 'cognito-local/lib/services/crypto';
import { StormDBDataStoreFactory } from 'cognito-local/lib/services/dataStore/stormDb';
import { MessageDeliveryService } from 'cognito-local/lib/services/messageDelivery/messageDelivery';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService';
import type { Context } from 'cognito-local/lib/services/context';
import { applyCors, sendHtml, sendJson } from './hosted/http.ts';
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
import { inboxPage } from './hosted/pages.ts';
import { HostedState } from './hosted/state.ts';
import { Inbox } from './inbox.ts';
import { DEFAULT_DATA_DIR } from './paths.ts';
import { type Layer, SessionStore } from './layer.ts';
import { createRouter, originalTarget } from './router.ts';
import { SigningKey } from './signingKey.ts';
import { ExtrasStore } from './store.ts';
import { TokenService } from './tokens.ts';

export interface LocalCognitoOptions {
  port?: number; // default 9229; 0 = random free port
  host?: string; // default '127.0.0.1'
  dataDir?: string; // default <repo>/.cognito (git-ignored); tests pass a temp dir
  fixedCode?: string; // every code sent is this one
  clock?: { get(): Date }; // injectable time
  quiet?: boolean; // no console output (tests)
}

export interface LocalCognito {
  url: string;
  port: number;
  dataDir: string;
  close(): Promise<void>;
}

const POOL_PATH = /^\/([\w-]+_[\w]+)\/\.well-known\/(jwks\.json|openid-configuration)$/;

export async function startLocalCognito(opts: LocalCognitoOptions = {}): Promise<LocalCognito> {
  const host = opts.host ?? '127.0.0.1';
  const dataDir = opts.dataDir ?? DEFAULT_DATA_DIR;
  const quiet = opts.quiet ?? false;
  const fixedCode = opts.fixedCode ?? process.env.COGNITO_LOCAL_FIXED_CODE;
  const clock = opts.clock ?? new DateClock();
  const logger = pino({ level: quiet ? 'silent' : 'error' });
  const ctx: Context = { logger };

  const dbDir = join(dataDir, 'db');
  const storeFactory = new StormDBDataStoreFactory(dbDir);
  const cognito = await new CognitoServiceFactoryImpl(
    dbDir,
    storeFactory,
    new UserPoolServiceFactoryImpl(clock, storeFactory),
  ).create(ctx, {});
  // No Lambda triggers are configured locally, so neither the Lambda client nor KMS (CustomEmailSender)
  // is ever called; stubbing them also keeps aws-sdk v2 from loading, which halves start-up time.
  const lambdaClient = {} as ConstructorParameters<typeof LambdaService>[1];
  const kms = {} as CryptoService;
  const triggers = new TriggersService(clock, cognito, new LambdaService({}, lambdaClient), kms);
  const inbox = new Inbox(dataDir, clock, quiet);
  const silent = { sendEmail: () => Promise.resolve(), sendSms: () => Promise.resolve() };
  const extras = new ExtrasStore(dataDir);

  let baseUrl = '';
  const tokens = new TokenService(
    clock,
    extras,
    () => cognito,
    () => baseUrl,
    SigningKey.forDataDir(dataDir),
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
    messages: inbox.wrap(
      new MessagesService(triggers, new MessageDeliveryService(silent)),
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
  };
  // Without services, createServer adds no OAuth routes of its own: ours answer those paths.
  const api = createServer(createRouter(layer), logger, config.ServerConfig);
  const apiHandler = api.application as (req: IncomingMessage, res: ServerResponse) => void;

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
    const pool = POOL_PATH.exec(path);
    const cors = pool || path.startsWith('/oauth2/') || path.startsWith('/_local/');
    if (cors) {
      applyCors(req, res);
      if (method === 'OPTIONS') {
        res.writeHead(204);
        res.end();
        return;
      }
    }
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
    apiHandler(req, res);
  };

  const server: Server = createHttpServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!quiet) console.error('[cognito-local] request failed', err);
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error' });
      else res.end();
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
