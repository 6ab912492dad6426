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
  APP_ORIGINS,
  clientDrift,
  createPoolRequest,
  defaultDomainPrefix,
  GROUPS,
  groupDrift,
  hostedUiUrl,
  MFA_CONFIGURATION,
  passwordPolicyEnv,
  POOL_NAME,
  poolDrift,
  poolImmutableDrift,
  poolMutableSettings,
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

async function run(
  client: CognitoIdentityProviderClient,
  options: ProvisionOptions,
): Promise<ProvisionResult> {
  const plan = options.plan === true;
  const log = options.log ?? (() => {});
  const report: ReportRow[] = [];
  const record = (resource: string, action: Action, drift: string[] = []) => {
    const row: ReportRow =
      drift.length > 0 ? { resource, action, detail: drift.join(', ') } : { resource, action };
    report.push(row);
  };
  // Every resource below the pool is "would create" in a plan for a pool that does not exist yet.
  const creating = (): Action => (plan ? 'would create' : 'created');
  const updating = (): Action => (plan ? 'would update' : 'updated');

  // ---- user pool ----
  let pool = await findPool(client);
  let userPoolId = pool?.Id ?? PLANNED_ID;
  const poolResource = `user pool ${POOL_NAME}`;
  if (!pool) {
    if (!plan) {
      const created = await client.send(new CreateUserPoolCommand(createPoolRequest()));
      pool = created.UserPool!;
      userPoolId = pool.Id!;
    }
    record(poolResource, creating());
  } else {
    const immutable = poolImmutableDrift(pool);
    if (immutable.length > 0) {
      log(
        `warning: ${poolResource} differs in settings fixed at creation (${immutable.join(', ')}); only a new pool can change them.`,
      );
    }
    const drift = poolDrift(pool);
    if (drift.length > 0 && !plan) await updatePool(client, pool);
    record(poolResource, drift.length > 0 ? updating() : 'unchanged', drift);
  }
  const poolExists = userPoolId !== PLANNED_ID;

  // ---- MFA: optional, TOTP only ----
  const mfaResource = `mfa ${MFA_CONFIGURATION.toLowerCase()} (TOTP)`;
  if (!poolExists) {
    record(mfaResource, creating());
  } else {
    const mfa = await client.send(new GetUserPoolMfaConfigCommand({ UserPoolId: userPoolId }));
    const drift: string[] = [];
    if (mfa.MfaConfiguration !== MFA_CONFIGURATION) drift.push('MfaConfiguration');
    if (mfa.SoftwareTokenMfaConfiguration?.Enabled !== true)
      drift.push('SoftwareTokenMfaConfiguration');
    if (drift.length > 0 && !plan) {
      await client.send(
        new SetUserPoolMfaConfigCommand({
          UserPoolId: userPoolId,
          MfaConfiguration: MFA_CONFIGURATION,
          SoftwareTokenMfaConfiguration: { Enabled: true },
        }),
      );
    }
    // A pool created a moment ago gets its MFA set here: that is part of creating it.
    const justCreated = report[0]?.action === 'created';
    record(
      mfaResource,
      drift.length === 0 ? 'unchanged' : justCreated ? 'created' : updating(),
      justCreated ? [] : drift,
    );
  }

  // ---- resource server (before the server client, whose scopes refer to it) ----
  const resourceServerResource = `resource server ${RESOURCE_SERVER.Identifier}`;
  if (!poolExists) {
    record(resourceServerResource, creating());
  } else {
    const actual = await client
      .send(
        new DescribeResourceServerCommand({
          UserPoolId: userPoolId,
          Identifier: RESOURCE_SERVER.Identifier,
        }),
      )
      .then((r) => r.ResourceServer)
      .catch((error: unknown) => {
        if (isNotFound(error)) return undefined;
        throw error;
      });
    if (!actual) {
      if (!plan)
        await client.send(
          new CreateResourceServerCommand({ UserPoolId: userPoolId, ...RESOURCE_SERVER }),
        );
      record(resourceServerResource, creating());
    } else {
      const drift = resourceServerDrift(actual);
      if (drift.length > 0 && !plan) {
        await client.send(
          new UpdateResourceServerCommand({ UserPoolId: userPoolId, ...RESOURCE_SERVER }),
        );
      }
      record(resourceServerResource, drift.length > 0 ? updating() : 'unchanged', drift);
    }
  }

  // ---- app clients ----
  const clients = poolExists ? await listClients(client, userPoolId) : [];
  const ensureClient = async (
    settings: ClientSettings,
    generateSecret: boolean,
  ): Promise<string> => {
    const resource = `app client ${settings.ClientName}`;
    const matches = clients.filter((c) => c.ClientName === settings.ClientName);
    if (matches.length > 1) {
      log(
        `warning: ${matches.length} app clients are named ${settings.ClientName}; using ${matches[0]!.ClientId}.`,
      );
    }
    const summary = matches[0];
    if (!summary?.ClientId) {
      record(resource, creating());
      if (plan) return PLANNED_ID;
      const created = await client.send(
        new CreateUserPoolClientCommand({
          UserPoolId: userPoolId,
          GenerateSecret: generateSecret,
          ...settings,
        }),
      );
      return created.UserPoolClient!.ClientId!;
    }
    const { UserPoolClient: actual } = await client.send(
      new DescribeUserPoolClientCommand({ UserPoolId: userPoolId, ClientId: summary.ClientId }),
    );
    const drift = clientDrift(actual ?? {}, settings);
    if (generateSecret !== Boolean(actual?.ClientSecret)) {
      log(
        `warning: ${resource} ${generateSecret ? 'has no' : 'has a'} client secret; that is fixed at creation.`,
      );
    }
    if (drift.length > 0 && !plan) {
      // UpdateUserPoolClient resets every omitted setting, so the full desired settings are sent.
      await client.send(
        new UpdateUserPoolClientCommand({
          UserPoolId: userPoolId,
          ClientId: summary.ClientId,
          ...settings,
        }),
      );
    }
    record(resource, drift.length > 0 ? updating() : 'unchanged', drift);
    return summary.ClientId;
  };
  const spaClientId = await ensureClient(spaClientSettings(APP_ORIGINS), false);
  const serverClientId = await ensureClient(serverClientSettings(), true);

  // ---- groups ----
  const groups = poolExists ? await listGroups(client, userPoolId) : new Map<string, GroupType>();
  for (const spec of GROUPS) {
    const resource = `group ${spec.GroupName}`;
    const actual = groups.get(spec.GroupName);
    if (!actual) {
      if (!plan) await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, ...spec }));
      record(resource, creating());
      continue;
    }
    const drift = groupDrift(actual, spec);
    if (drift.length > 0 && !plan)
      await client.send(new UpdateGroupCommand({ UserPoolId: userPoolId, ...spec }));
    record(resource, drift.length > 0 ? updating() : 'unchanged', drift);
  }

  // ---- seed users and their groups ----
  const tempPasswords: Record<string, string> = {};
  for (const spec of USERS) {
    const resource = `user ${spec.email}`;
    const actual = poolExists
      ? await client
          .send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: spec.email }))
          .catch((error: unknown) => {
            if (isNotFound(error)) return undefined;
            throw error;
          })
      : undefined;
    let memberOf: string[] = [];
    if (!actual) {
      if (!plan) {
        const password = generateTemporaryPassword();
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
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
        tempPasswords[spec.email] = password;
      }
      record(resource, creating());
    } else {
      const drift = userAttributeDrift(actual.UserAttributes, spec);
      if (drift.length > 0 && !plan) {
        await client.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: userPoolId,
            Username: spec.email,
            UserAttributes: drift,
          }),
        );
      }
      record(
        resource,
        drift.length > 0 ? updating() : 'unchanged',
        drift.map((a) => a.Name),
      );
      // By the pool's own username (a UUID when email is the sign-in name): cognito-local matches
      // group members on it and ignores the email alias here.
      const listed = await client.send(
        new AdminListGroupsForUserCommand({
          UserPoolId: userPoolId,
          Username: actual.Username ?? spec.email,
          Limit: 60,
        }),
      );
      memberOf = (listed.Groups ?? []).map((g) => g.GroupName ?? '');
    }
    for (const group of spec.groups) {
      const membership = `membership ${spec.email} in ${group}`;
      if (memberOf.includes(group)) {
        record(membership, 'unchanged');
        continue;
      }
      if (!plan) {
        await client.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: userPoolId,
            Username: spec.email,
            GroupName: group,
          }),
        );
      }
      record(membership, creating());
    }
  }

  // ---- hosted UI domain (AWS only; the local pool serves its hosted UI at its own URL) ----
  let hostedUi = options.endpoint ?? LOCAL_ENDPOINT;
  if (options.target === 'aws') {
    const current =
      pool?.Domain ??
      (poolExists ? await describePool(client, userPoolId).then((p) => p?.Domain) : undefined);
    const prefix = current ?? options.domainPrefix ?? defaultDomainPrefix(userPoolId);
    if (current) {
      if (options.domainPrefix && options.domainPrefix !== current) {
        log(
          `warning: the pool already has domain ${current}; --domain-prefix ${options.domainPrefix} ignored.`,
        );
      }
      record(`domain ${current}`, 'unchanged');
    } else {
      if (!plan)
        await client.send(
          new CreateUserPoolDomainCommand({ UserPoolId: userPoolId, Domain: prefix }),
        );
      record(`domain ${prefix}`, creating());
    }
    hostedUi = hostedUiUrl(prefix, options.region);
  }

  // ---- app configuration ----
  const env = appEnv(options, { userPoolId, spaClientId, hostedUi });
  const envFile = options.envFile === undefined ? defaultEnvFile(options.target) : options.envFile;
  if (envFile !== false) {
    const path = resolve(envFile);
    const existed = existsSync(path);
    const changed = await mergeEnvFile(
      path,
      env,
      `Written by npm run provision (${options.target}). Safe to edit; provisioning updates only its own keys.`,
      { dryRun: plan },
    );
    record(`env file ${envFile}`, !existed ? creating() : changed ? updating() : 'unchanged');
  }

  const secretsFile = options.secretsFile ?? (envFile === false ? false : DEFAULT_SECRETS_FILE);
  if (!plan && options.target === 'local' && secretsFile !== false) {
    await rememberSeedPasswords(resolve(secretsFile), {
      endpoint: options.endpoint ?? LOCAL_ENDPOINT,
      userPoolId,
      tempPasswords,
    });
  }

  return { report, env, userPoolId, spaClientId, serverClientId, tempPasswords };
}

export function appEnv(
  options: Pick<ProvisionOptions, 'target' | 'endpoint' | 'region' | 'apiUrl'>,
  ids: { userPoolId: string; spaClientId: string; hostedUi: string },
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
): Promise<void> {
  // UpdateUserPool resets whatever it is not given; carry over the settings we do not manage, and
  // the current MFA mode (the MFA step changes it, with its method, in one consistent call).
  await client.send(
    new UpdateUserPoolCommand({
      UserPoolId: actual.Id,
      ...poolMutableSettings(),
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
