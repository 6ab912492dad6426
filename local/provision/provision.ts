/**
 * Idempotent Cognito provisioning: brings a user pool (local stand-in or a real AWS account) to the
 * state described in desired.ts, finding every resource by name, changing only what differs, and
 * reporting each resource as created / updated / unchanged (or would-be, with `plan`). Then writes
 * the VITE_* values the app needs. Temporary passwords are returned and printed, never put in an
 * env file; for the local pool they are also kept in a git-ignored file so `npm run dev` can repeat them.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import {
  AddCustomAttributesCommand,
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DescribeResourceServerCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  SetUserPoolMfaConfigCommand,
  UpdateGroupCommand,
  UpdateResourceServerCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  type GroupType,
  type UserPoolClientType,
  type UserPoolType,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CognitoIdentityClient,
  CreateIdentityPoolCommand,
  DescribeIdentityPoolCommand,
  ListIdentityPoolsCommand,
  UpdateIdentityPoolCommand,
  type IdentityPool,
} from '@aws-sdk/client-cognito-identity';
import { IDENTITY_POOL, userPoolProviderName } from '../../server/pool/definition';
import {
  APP_ORIGINS,
  clientDrift,
  createPoolRequest,
  CUSTOM_ATTRIBUTES,
  defaultDomainPrefix,
  GROUPS,
  groupDrift,
  hostedUiUrl,
  MFA_CONFIGURATION,
  missingCustomAttributes,
  passwordPolicyEnv,
  POOL_NAME,
  poolDrift,
  poolImmutableDrift,
  poolMutableSettings,
  LOCAL_EMAIL,
  type EmailDelivery,
  RESOURCE_SERVER,
  resourceServerDrift,
  serverClientSettings,
  spaClientSettings,
  SPA_OAUTH_SCOPES,
  USERS,
  userAttributeDrift,
  type ClientSettings,
} from './desired';
import { mergeEnvFile } from './env-file';
import { generateTemporaryPassword } from './passwords';

export type Action = 'created' | 'updated' | 'unchanged' | 'would create' | 'would update';

export interface ReportRow {
  resource: string;
  action: Action;
  /** What differed (field names) for updates; absent otherwise. */
  detail?: string;
}

export interface ProvisionOptions {
  target: 'local' | 'aws';
  /** Cognito endpoint; local default http://localhost:9229. Ignored for AWS unless given. */
  endpoint?: string;
  region: string;
  /** Named AWS profile (shared config/credentials files); AWS target only. */
  profile?: string;
  /** Report what would change, change nothing, write nothing. */
  plan?: boolean;
  /** Env file to write; default .env.development.local (local) or .env.staging.local (aws); false = none. */
  envFile?: string | false;
  log?: (line: string) => void;
  /**
   * Where the local pool's temporary passwords are kept (git-ignored) for `npm run dev` to repeat.
   * Default: .cognito/seed-users.json, but only when an env file is written too, so throwaway runs
   * (tests: envFile false) never overwrite the developer's file. false = nowhere.
   */
  secretsFile?: string | false;
  /** Hosted UI domain prefix (AWS); default derived from the pool id. */
  domainPrefix?: string;
  /** VITE_API_URL; default http://localhost:3001. */
  apiUrl?: string;
  /** Injected client (tests); otherwise one is built from target/endpoint/region/profile. */
  client?: CognitoIdentityProviderClient;
}

export interface ProvisionResult {
  report: ReportRow[];
  env: Record<string, string>;
  userPoolId: string;
  spaClientId: string;
  serverClientId: string;
  /** Only for users created by this run (a user's password is never reset once it exists). */
  tempPasswords: Record<string, string>;
}

export const LOCAL_ENDPOINT = 'http://localhost:9229';
export const DEFAULT_API_URL = 'http://localhost:3001';
export const DEFAULT_SECRETS_FILE = '.cognito/seed-users.json';
/** Stands in for ids of resources a plan would create. */
export const PLANNED_ID = '(new)';

export interface SeedUsersFile {
  endpoint: string;
  userPoolId: string;
  users: Record<string, { temporaryPassword: string; createdAt: string }>;
}

export function defaultEnvFile(target: 'local' | 'aws'): string {
  return target === 'local' ? '.env.development.local' : '.env.staging.local';
}

export function createCognitoClient(
  options: Pick<ProvisionOptions, 'target' | 'endpoint' | 'region' | 'profile'>,
): CognitoIdentityProviderClient {
  if (options.target === 'local') {
    return new CognitoIdentityProviderClient({
      region: options.region,
      endpoint: options.endpoint ?? LOCAL_ENDPOINT,
      // The local pool ignores signatures, but the SDK refuses to send unsigned requests.
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
  }
  return new CognitoIdentityProviderClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    // The SDK resolves a named profile itself (shared ini files, SSO, credential_process), which is
    // what fromIni would do; without one it uses the default chain (env vars, instance role, ...).
    ...(options.profile ? { profile: options.profile } : {}),
  });
}

const isNotFound = (error: unknown): boolean =>
  error instanceof Error &&
  ['ResourceNotFoundException', 'UserNotFoundException'].includes(error.name);

function explainConnectionError(error: unknown, endpoint: string): Error {
  const code =
    (error as { code?: string; cause?: { code?: string } }).code ??
    (error as { cause?: { code?: string } }).cause?.code;
  if (code === 'ECONNREFUSED' || (error instanceof Error && /ECONNREFUSED/.test(error.message))) {
    return new Error(
      `Cannot reach the local user pool at ${endpoint}. Start it first (npm run local:cognito, or npm run dev).`,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

export async function provision(options: ProvisionOptions): Promise<ProvisionResult> {
  const endpoint = options.endpoint ?? (options.target === 'local' ? LOCAL_ENDPOINT : undefined);
  const client = options.client ?? createCognitoClient({ ...options, endpoint });
  try {
    return await run(client, { ...options, endpoint });
  } catch (error) {
    throw options.target === 'local'
      ? explainConnectionError(error, endpoint ?? LOCAL_ENDPOINT)
      : error;
  } finally {
    if (!options.client) client.destroy();
  }
}

/** What the steps share: the client, the run's options, the ids found so far, and the report. */
interface RunContext {
  client: CognitoIdentityProviderClient;
  options: ProvisionOptions;
  plan: boolean;
  log: (line: string) => void;
  report: ReportRow[];
  pool: UserPoolType | undefined;
  userPoolId: string;
  /** The pool was created by this run (its MFA setting is then part of creating it). */
  poolCreated: boolean;
  clients: UserPoolClientType[];
  groups: Map<string, GroupType>;
  spaClientId: string;
  serverClientId: string;
  tempPasswords: Record<string, string>;
  hostedUi: string;
  /** Local only: on AWS the CDK app creates the identity pool together with its IAM roles. */
  identityPoolId?: string;
}

const poolExists = (ctx: RunContext): boolean => ctx.userPoolId !== PLANNED_ID;
const emailOf = (ctx: RunContext): EmailDelivery =>
  ctx.options.target === 'local' ? LOCAL_EMAIL : { ses: false };

/**
 * One resource for `reconcile`: how to find it, what differs, and how to create or update it. `find`
 * is skipped while the pool is only planned (nothing under it can exist yet) unless `underPool` is false.
 */
interface Resource<Actual> {
  name: string;
  underPool?: boolean;
  find(): Promise<Actual | undefined>;
  drift(actual: Actual): string[] | Promise<string[]>;
  /** Whether the report names what differed (default true). */
  detailed?: boolean;
  create(): Promise<void>;
  update(actual: Actual): Promise<void>;
  /** Part of creating the pool: a change right after the pool was made reports as "created". */
  partOfPool?: boolean;
}

/** find → compare → create or update → record: the one loop every provisioning step goes through. */
async function reconcile<Actual>(ctx: RunContext, resource: Resource<Actual>): Promise<void> {
  const record = (action: Action, drift: string[] = []): void => {
    ctx.report.push(
      drift.length > 0 && resource.detailed !== false
        ? { resource: resource.name, action, detail: drift.join(', ') }
        : { resource: resource.name, action },
    );
  };
  const searchable = resource.underPool === false || poolExists(ctx);
  const actual = searchable ? await resource.find() : undefined;
  if (actual === undefined) {
    if (!ctx.plan) await resource.create();
    record(ctx.plan ? 'would create' : 'created');
    return;
  }
  const drift = await resource.drift(actual);
  if (drift.length === 0) return record('unchanged');
  if (!ctx.plan) await resource.update(actual);
  if (resource.partOfPool && ctx.poolCreated) return record('created');
  record(ctx.plan ? 'would update' : 'updated', drift);
}

const orUndefined = <T>(promise: Promise<T>): Promise<T | undefined> =>
  promise.catch((error: unknown) => {
    if (isNotFound(error)) return undefined;
    throw error;
  });

type Step = (ctx: RunContext) => Promise<void>;

const poolStep: Step = (ctx) =>
  reconcile(ctx, {
    name: `user pool ${POOL_NAME}`,
    underPool: false,
    find: async () => {
      ctx.pool = await findPool(ctx.client);
      if (ctx.pool?.Id) ctx.userPoolId = ctx.pool.Id;
      return ctx.pool;
    },
    drift: (pool) => {
      const immutable = poolImmutableDrift(pool);
      if (immutable.length > 0) {
        ctx.log(
          `warning: user pool ${POOL_NAME} differs in settings fixed at creation (${immutable.join(', ')}); only a new pool can change them.`,
        );
      }
      return poolDrift(pool, emailOf(ctx));
    },
    create: async () => {
      const created = await ctx.client.send(
        new CreateUserPoolCommand(createPoolRequest(emailOf(ctx))),
      );
      ctx.pool = created.UserPool!;
      ctx.userPoolId = ctx.pool.Id!;
      ctx.poolCreated = true;
    },
    update: (pool) => updatePool(ctx.client, pool, emailOf(ctx)),
  });

/** Custom attributes (custom:company): part of a new pool; added to an older pool that lacks them. */
const customAttributesStep: Step = (ctx) =>
  reconcile(ctx, {
    name: `custom attributes ${CUSTOM_ATTRIBUTES.map((a) => a.Name).join(', ')}`,
    partOfPool: true,
    // A pool created by this run has them already: report them as created with it.
    find: async () => (ctx.poolCreated ? undefined : ctx.pool),
    drift: (pool) => missingCustomAttributes(pool).map((a) => `custom:${a.Name}`),
    // The pool step created the pool with them (createPoolRequest's Schema).
    create: async () => {},
    update: async (pool) => {
      await ctx.client.send(
        new AddCustomAttributesCommand({
          UserPoolId: ctx.userPoolId,
          CustomAttributes: missingCustomAttributes(pool),
        }),
      );
    },
  });

const mfaStep: Step = (ctx) =>
  reconcile(ctx, {
    name: `mfa ${MFA_CONFIGURATION.toLowerCase()} (TOTP)`,
    partOfPool: true,
    find: () => ctx.client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: ctx.userPoolId })),
    drift: (mfa) => [
      ...(mfa.MfaConfiguration !== MFA_CONFIGURATION ? ['MfaConfiguration'] : []),
      ...(mfa.SoftwareTokenMfaConfiguration?.Enabled !== true
        ? ['SoftwareTokenMfaConfiguration']
        : []),
    ],
    // A new pool always has an MFA configuration (OFF), so this step only ever updates.
    create: async () => {},
    update: async () => {
      await ctx.client.send(
        new SetUserPoolMfaConfigCommand({
          UserPoolId: ctx.userPoolId,
          MfaConfiguration: MFA_CONFIGURATION,
          SoftwareTokenMfaConfiguration: { Enabled: true },
        }),
      );
    },
  });

// Before the server client, whose scopes refer to it.
const resourceServerStep: Step = (ctx) =>
  reconcile(ctx, {
    name: `resource server ${RESOURCE_SERVER.Identifier}`,
    find: () =>
      orUndefined(
        ctx.client.send(
          new DescribeResourceServerCommand({
            UserPoolId: ctx.userPoolId,
            Identifier: RESOURCE_SERVER.Identifier,
          }),
        ),
      ).then((found) => found?.ResourceServer),
    drift: resourceServerDrift,
    create: async () => {
      await ctx.client.send(
        new CreateResourceServerCommand({ UserPoolId: ctx.userPoolId, ...RESOURCE_SERVER }),
      );
    },
    update: async () => {
      await ctx.client.send(
        new UpdateResourceServerCommand({ UserPoolId: ctx.userPoolId, ...RESOURCE_SERVER }),
      );
    },
  });

function clientStep(
  settings: ClientSettings,
  generateSecret: boolean,
  remember: (ctx: RunContext, clientId: string) => void,
): Step {
  return async (ctx) => {
    if (poolExists(ctx) && ctx.clients.length === 0)
      ctx.clients = await listClients(ctx.client, ctx.userPoolId);
    const resource = `app client ${settings.ClientName}`;
    remember(ctx, PLANNED_ID);
    await reconcile(ctx, {
      name: resource,
      find: async () => {
        const matches = ctx.clients.filter((c) => c.ClientName === settings.ClientName);
        if (matches.length > 1) {
          ctx.log(
            `warning: ${matches.length} app clients are named ${settings.ClientName}; using ${matches[0]!.ClientId}.`,
          );
        }
        const clientId = matches[0]?.ClientId;
        if (clientId === undefined) return undefined;
        remember(ctx, clientId);
        const { UserPoolClient: actual } = await ctx.client.send(
          new DescribeUserPoolClientCommand({ UserPoolId: ctx.userPoolId, ClientId: clientId }),
        );
        if (generateSecret !== Boolean(actual?.ClientSecret)) {
          ctx.log(
            `warning: ${resource} ${generateSecret ? 'has no' : 'has a'} client secret; that is fixed at creation.`,
          );
        }
        return { ...actual, ClientId: clientId };
      },
      drift: (actual) => clientDrift(actual, settings),
      create: async () => {
        const created = await ctx.client.send(
          new CreateUserPoolClientCommand({
            UserPoolId: ctx.userPoolId,
            GenerateSecret: generateSecret,
            ...settings,
          }),
        );
        remember(ctx, created.UserPoolClient!.ClientId!);
      },
      // UpdateUserPoolClient resets every omitted setting, so the full desired settings are sent.
      update: async (actual) => {
        await ctx.client.send(
          new UpdateUserPoolClientCommand({
            UserPoolId: ctx.userPoolId,
            ClientId: actual.ClientId,
            ...settings,
          }),
        );
      },
    });
  };
}

const groupSteps: Step[] = GROUPS.map((spec) => async (ctx) => {
  if (poolExists(ctx) && ctx.groups.size === 0)
    ctx.groups = await listGroups(ctx.client, ctx.userPoolId);
  await reconcile(ctx, {
    name: `group ${spec.GroupName}`,
    find: async () => ctx.groups.get(spec.GroupName),
    drift: (actual) => groupDrift(actual, spec),
    create: async () => {
      await ctx.client.send(new CreateGroupCommand({ UserPoolId: ctx.userPoolId, ...spec }));
    },
    update: async () => {
      await ctx.client.send(new UpdateGroupCommand({ UserPoolId: ctx.userPoolId, ...spec }));
    },
  });
});

const userSteps: Step[] = USERS.map((spec) => async (ctx) => {
  // Groups the user is in; stays empty for a user this run creates.
  let memberOf: string[] = [];
  await reconcile(ctx, {
    name: `user ${spec.email}`,
    find: async () => {
      const actual = await orUndefined(
        ctx.client.send(
          new AdminGetUserCommand({ UserPoolId: ctx.userPoolId, Username: spec.email }),
        ),
      );
      if (actual === undefined) return undefined;
      // By the pool's own username (a UUID when email is the sign-in name): cognito-local matches
      // group members on it and ignores the email alias here.
      const listed = await ctx.client.send(
        new AdminListGroupsForUserCommand({
          UserPoolId: ctx.userPoolId,
          Username: actual.Username ?? spec.email,
          Limit: 60,
        }),
      );
      memberOf = (listed.Groups ?? []).map((g) => g.GroupName ?? '');
      return actual;
    },
    drift: (actual) => userAttributeDrift(actual.UserAttributes, spec).map((a) => a.Name),
    create: async () => {
      const password = generateTemporaryPassword();
      await ctx.client.send(
        new AdminCreateUserCommand({
          UserPoolId: ctx.userPoolId,
          Username: spec.email,
          TemporaryPassword: password,
          // No invitation email: the password is printed here, and the local pool has no mail.
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: spec.email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      );
      ctx.tempPasswords[spec.email] = password;
    },
    update: async (actual) => {
      await ctx.client.send(
        new AdminUpdateUserAttributesCommand({
          UserPoolId: ctx.userPoolId,
          Username: spec.email,
          UserAttributes: userAttributeDrift(actual.UserAttributes, spec),
        }),
      );
    },
  });
  for (const group of spec.groups) {
    await reconcile(ctx, {
      name: `membership ${spec.email} in ${group}`,
      find: async () => (memberOf.includes(group) ? group : undefined),
      drift: () => [],
      create: async () => {
        await ctx.client.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: ctx.userPoolId,
            Username: spec.email,
            GroupName: group,
          }),
        );
      },
      update: async () => {},
    });
  }
});

// AWS only: the local pool serves its hosted UI at its own URL.
const domainStep: Step = async (ctx) => {
  const { options } = ctx;
  const current =
    ctx.pool?.Domain ??
    (poolExists(ctx)
      ? await describePool(ctx.client, ctx.userPoolId).then((p) => p?.Domain)
      : undefined);
  if (current && options.domainPrefix && options.domainPrefix !== current) {
    ctx.log(
      `warning: the pool already has domain ${current}; --domain-prefix ${options.domainPrefix} ignored.`,
    );
  }
  const prefix = current ?? options.domainPrefix ?? defaultDomainPrefix(ctx.userPoolId);
  await reconcile(ctx, {
    name: `domain ${prefix}`,
    find: async () => current,
    // A pool has one domain; a different prefix is a warning above, never a replacement.
    drift: () => [],
    create: async () => {
      await ctx.client.send(
        new CreateUserPoolDomainCommand({ UserPoolId: ctx.userPoolId, Domain: prefix }),
      );
    },
    update: async () => {},
  });
  ctx.hostedUi = hostedUiUrl(prefix, options.region);
};

/**
 * Local only: the identity pool of IDENTITY_POOL with the SPA client as its provider. On AWS it is
 * part of the CDK stack, because it is useless without the IAM roles the stack defines.
 */
const identityPoolStep: Step = async (ctx) => {
  const identity = new CognitoIdentityClient({
    region: ctx.options.region,
    endpoint: ctx.options.endpoint ?? LOCAL_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const desired = () => ({
    IdentityPoolName: IDENTITY_POOL.name,
    AllowUnauthenticatedIdentities: IDENTITY_POOL.allowUnauthenticated,
    CognitoIdentityProviders: [
      {
        ProviderName: userPoolProviderName(ctx.options.region, ctx.userPoolId),
        ClientId: ctx.spaClientId,
        ServerSideTokenCheck: IDENTITY_POOL.serverSideTokenCheck,
      },
    ],
  });
  try {
    await reconcile<IdentityPool>(ctx, {
      name: `identity pool ${IDENTITY_POOL.name}`,
      find: async () => {
        const { IdentityPools = [] } = await identity.send(
          new ListIdentityPoolsCommand({ MaxResults: 60 }),
        );
        const found = IdentityPools.find((p) => p.IdentityPoolName === IDENTITY_POOL.name);
        if (!found?.IdentityPoolId) return undefined;
        ctx.identityPoolId = found.IdentityPoolId;
        return identity.send(
          new DescribeIdentityPoolCommand({ IdentityPoolId: found.IdentityPoolId }),
        );
      },
      drift: (actual) => {
        const want = desired();
        const drift: string[] = [];
        if (actual.AllowUnauthenticatedIdentities !== want.AllowUnauthenticatedIdentities)
          drift.push('AllowUnauthenticatedIdentities');
        const providers = (actual.CognitoIdentityProviders ?? []).map((p) => ({
          ProviderName: p.ProviderName,
          ClientId: p.ClientId,
          ServerSideTokenCheck: p.ServerSideTokenCheck === true,
        }));
        if (JSON.stringify(providers) !== JSON.stringify(want.CognitoIdentityProviders))
          drift.push('CognitoIdentityProviders');
        return drift;
      },
      create: async () => {
        const created = await identity.send(new CreateIdentityPoolCommand(desired()));
        ctx.identityPoolId = created.IdentityPoolId;
      },
      update: async (actual) => {
        await identity.send(
          new UpdateIdentityPoolCommand({ IdentityPoolId: actual.IdentityPoolId, ...desired() }),
        );
      },
    });
  } finally {
    identity.destroy();
  }
  ctx.identityPoolId ??= PLANNED_ID;
};

const envFileStep: Step = async (ctx) => {
  const { options } = ctx;
  const envFile = options.envFile === undefined ? defaultEnvFile(options.target) : options.envFile;
  if (envFile === false) return;
  const path = resolve(envFile);
  const env = appEnv(options, ctx);
  const header = `Written by npm run provision (${options.target}). Safe to edit; provisioning updates only its own keys.`;
  const write = async () => {
    await mergeEnvFile(path, env, header);
  };
  await reconcile(ctx, {
    name: `env file ${envFile}`,
    underPool: false,
    detailed: false,
    find: async () => (existsSync(path) ? path : undefined),
    drift: async () => ((await mergeEnvFile(path, env, header, { dryRun: true })) ? [path] : []),
    create: write,
    update: write,
  });
};

async function run(
  client: CognitoIdentityProviderClient,
  options: ProvisionOptions,
): Promise<ProvisionResult> {
  const ctx: RunContext = {
    client,
    options,
    plan: options.plan === true,
    log: options.log ?? (() => {}),
    report: [],
    pool: undefined,
    userPoolId: PLANNED_ID,
    poolCreated: false,
    clients: [],
    groups: new Map(),
    spaClientId: PLANNED_ID,
    serverClientId: PLANNED_ID,
    tempPasswords: {},
    hostedUi: options.endpoint ?? LOCAL_ENDPOINT,
  };
  const steps: Step[] = [
    poolStep,
    customAttributesStep,
    mfaStep,
    resourceServerStep,
    clientStep(spaClientSettings(APP_ORIGINS), false, (c, id) => {
      c.spaClientId = id;
    }),
    clientStep(serverClientSettings(), true, (c, id) => {
      c.serverClientId = id;
    }),
    ...groupSteps,
    ...userSteps,
    ...(options.target === 'aws' ? [domainStep] : [identityPoolStep]),
    envFileStep,
  ];
  for (const step of steps) await step(ctx);

  const { userPoolId, spaClientId, serverClientId, tempPasswords } = ctx;
  const envFile = options.envFile === undefined ? defaultEnvFile(options.target) : options.envFile;
  const secretsFile = options.secretsFile ?? (envFile === false ? false : DEFAULT_SECRETS_FILE);
  if (!ctx.plan && options.target === 'local' && secretsFile !== false) {
    await rememberSeedPasswords(resolve(secretsFile), {
      endpoint: options.endpoint ?? LOCAL_ENDPOINT,
      userPoolId,
      tempPasswords,
    });
  }
  return {
    report: ctx.report,
    env: appEnv(options, ctx),
    userPoolId,
    spaClientId,
    serverClientId,
    tempPasswords,
  };
}

export function appEnv(
  options: Pick<ProvisionOptions, 'target' | 'endpoint' | 'region' | 'apiUrl'>,
  ids: { userPoolId: string; spaClientId: string; hostedUi: string; identityPoolId?: string },
): Record<string, string> {
  const origin = APP_ORIGINS[0];
  const env: Record<string, string> = {
    VITE_COGNITO_REGION: options.region,
    VITE_COGNITO_USER_POOL_ID: ids.userPoolId,
    VITE_COGNITO_CLIENT_ID: ids.spaClientId,
  };
  if (options.target === 'local') env.VITE_COGNITO_ENDPOINT = options.endpoint ?? LOCAL_ENDPOINT;
  Object.assign(env, {
    VITE_COGNITO_DOMAIN: ids.hostedUi,
    VITE_REDIRECT_SIGN_IN: `${origin}/callback`,
    VITE_REDIRECT_SIGN_OUT: `${origin}/`,
    VITE_API_URL: options.apiUrl ?? DEFAULT_API_URL,
    VITE_PASSWORD_POLICY: passwordPolicyEnv(),
    VITE_OAUTH_SCOPES: SPA_OAUTH_SCOPES.join(','),
  });
  if (ids.identityPoolId !== undefined) {
    env.VITE_IDENTITY_POOL_ID = ids.identityPoolId;
    if (options.target === 'local') env.VITE_IDENTITY_ENDPOINT = options.endpoint ?? LOCAL_ENDPOINT;
  }
  return env;
}

async function rememberSeedPasswords(
  path: string,
  run: { endpoint: string; userPoolId: string; tempPasswords: Record<string, string> },
): Promise<void> {
  let file: SeedUsersFile | undefined;
  try {
    file = JSON.parse(await readFile(path, 'utf8')) as SeedUsersFile;
  } catch {
    file = undefined;
  }
  // Passwords of another pool (e.g. after a local reset) are useless; start over for this one.
  if (!file || file.userPoolId !== run.userPoolId || file.endpoint !== run.endpoint) {
    file = { endpoint: run.endpoint, userPoolId: run.userPoolId, users: {} };
  } else if (Object.keys(run.tempPasswords).length === 0) {
    return;
  }
  const createdAt = new Date().toISOString();
  for (const [email, temporaryPassword] of Object.entries(run.tempPasswords)) {
    file.users[email] = { temporaryPassword, createdAt };
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(file, null, 2)}\n`, { encoding: 'utf8', mode: 0o600 });
}

export async function readSeedPasswords(
  path = DEFAULT_SECRETS_FILE,
): Promise<SeedUsersFile | undefined> {
  try {
    return JSON.parse(await readFile(resolve(path), 'utf8')) as SeedUsersFile;
  } catch {
    return undefined;
  }
}

async function findPool(client: CognitoIdentityProviderClient): Promise<UserPoolType | undefined> {
  const ids: string[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    for (const summary of page.UserPools ?? []) {
      if (summary.Name === POOL_NAME && summary.Id) ids.push(summary.Id);
    }
    NextToken = page.NextToken;
  } while (NextToken);
  if (ids.length > 1) {
    throw new Error(
      `${ids.length} user pools are named ${POOL_NAME} (${ids.join(', ')}); delete the extra ones first.`,
    );
  }
  return ids[0] === undefined ? undefined : describePool(client, ids[0]);
}

async function describePool(
  client: CognitoIdentityProviderClient,
  id: string,
): Promise<UserPoolType | undefined> {
  return (await client.send(new DescribeUserPoolCommand({ UserPoolId: id }))).UserPool;
}

async function updatePool(
  client: CognitoIdentityProviderClient,
  actual: UserPoolType,
  email: EmailDelivery,
): Promise<void> {
  // UpdateUserPool resets whatever it is not given; carry over the settings we do not manage, and
  // the current MFA mode (the MFA step changes it, with its method, in one consistent call).
  await client.send(
    new UpdateUserPoolCommand({
      UserPoolId: actual.Id,
      ...poolMutableSettings(email),
      MfaConfiguration: actual.MfaConfiguration,
      DeletionProtection: actual.DeletionProtection,
      LambdaConfig: actual.LambdaConfig,
      EmailConfiguration: actual.EmailConfiguration,
      VerificationMessageTemplate: actual.VerificationMessageTemplate,
      UserAttributeUpdateSettings: actual.UserAttributeUpdateSettings,
      DeviceConfiguration: actual.DeviceConfiguration,
      UserPoolTags: actual.UserPoolTags,
    }),
  );
}

async function listClients(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
): Promise<UserPoolClientType[]> {
  const clients: UserPoolClientType[] = [];
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60, NextToken }),
    );
    clients.push(...(page.UserPoolClients ?? []));
    NextToken = page.NextToken;
  } while (NextToken);
  return clients;
}

async function listGroups(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
): Promise<Map<string, GroupType>> {
  const groups = new Map<string, GroupType>();
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new ListGroupsCommand({ UserPoolId: userPoolId, Limit: 60, NextToken }),
    );
    for (const group of page.Groups ?? []) if (group.GroupName) groups.set(group.GroupName, group);
    NextToken = page.NextToken;
  } while (NextToken);
  return groups;
}

/** Fixed-width table for the terminal: resource → action (→ what differed). */
export function formatReport(report: readonly ReportRow[]): string {
  const width = Math.max(8, ...report.map((row) => row.resource.length));
  const lines = [`${'resource'.padEnd(width)}  action`, `${'-'.repeat(width)}  ${'-'.repeat(12)}`];
  for (const row of report) {
    lines.push(
      `${row.resource.padEnd(width)}  ${row.action}${row.detail ? `  (${row.detail})` : ''}`,
    );
  }
  return lines.join('\n');
}
