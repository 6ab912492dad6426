/**
 * Reusable fixture: starts the local Cognito stand-in in-process (port 0, temp data dir) and creates a pool
 * shaped like the product's, with an SPA client, a confidential machine client and an `api` resource server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import {
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CreateUserPoolClientCommandInput,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { InboxMessage } from '../../local/cognito/inbox';
import { DEFAULT_GROUP } from '../../server/pool/definition';
import {
  startLocalCognito,
  type LocalCognito,
  type LocalCognitoOptions,
} from '../../local/cognito/server';

export const SPA_CALLBACK = 'http://localhost:5173/callback';
export const SPA_LOGOUT = 'http://localhost:5173/';
/** Satisfies the strict policy (8+, upper, lower, number, symbol). */
export const GOOD_PASSWORD = 'Correct-Horse-9';

/** What `/_local/messages` returns: the dev inbox's own message type. */
export type { InboxMessage };

export interface LocalPool {
  cognito: LocalCognito;
  url: string;
  region: string;
  userPoolId: string;
  /** Public SPA client: SRP + USER_PASSWORD + REFRESH, code grant with PKCE, no secret. */
  spaClientId: string;
  /** Confidential client for client_credentials with scope api/read. */
  machineClientId: string;
  machineClientSecret: string;
  admin: CognitoIdentityProviderClient;
  /** Newest first, straight from the dev inbox. */
  messages(to: string): Promise<InboxMessage[]>;
  /** The newest code sent to `to` (optionally of one kind); throws if none. */
  latestCode(to: string, kind?: InboxMessage['kind']): Promise<string>;
  /** Another app client on the same pool, e.g. with other auth flows. */
  createClient(
    input: Omit<CreateUserPoolClientCommandInput, 'UserPoolId'>,
  ): Promise<{ clientId: string; clientSecret?: string }>;
  close(): Promise<void>;
}

export interface LocalPoolOptions extends Pick<
  LocalCognitoOptions,
  'clock' | 'fixedCode' | 'triggers'
> {
  /** Overrides for the SPA client (e.g. short token validities). */
  spaClient?: Partial<Omit<CreateUserPoolClientCommandInput, 'UserPoolId'>>;
}

export async function startLocalPool(options: LocalPoolOptions = {}): Promise<LocalPool> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'local-cognito-'));
  const cognito = await startLocalCognito({
    port: 0,
    dataDir,
    quiet: true,
    clock: options.clock,
    fixedCode: options.fixedCode,
    triggers: options.triggers,
  });
  const region = 'us-east-1';
  const admin = new CognitoIdentityProviderClient({
    endpoint: cognito.url,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { UserPool } = await admin.send(
      new CreateUserPoolCommand({
        PoolName: 'cognito-react-auth-local',
        UsernameAttributes: ['email'],
        // As the provisioned pool (local/provision/desired.ts): Ada@Example.com is ada@example.com.
        UsernameConfiguration: { CaseSensitive: false },
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
        Policies: {
          PasswordPolicy: {
            MinimumLength: 8,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 7,
          },
        },
        Schema: [
          { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
          { Name: 'name', AttributeDataType: 'String', Required: true, Mutable: true },
          { Name: 'company', AttributeDataType: 'String', Required: false, Mutable: true },
        ],
      }),
    );
    const userPoolId = UserPool!.Id!;
    // The post confirmation trigger puts every confirmed user here, as in the product's pool.
    await admin.send(
      new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: DEFAULT_GROUP, Precedence: 10 }),
    );
    await admin.send(
      new SetUserPoolMfaConfigCommand({
        UserPoolId: userPoolId,
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
      }),
    );
    await admin.send(
      new CreateResourceServerCommand({
        UserPoolId: userPoolId,
        Identifier: 'api',
        Name: 'Local API',
        Scopes: [
          { ScopeName: 'read', ScopeDescription: 'Read access' },
          { ScopeName: 'write', ScopeDescription: 'Write access' },
        ],
      }),
    );
    const createClient: LocalPool['createClient'] = async (input) => {
      const { UserPoolClient } = await admin.send(
        new CreateUserPoolClientCommand({ UserPoolId: userPoolId, ...input }),
      );
      return { clientId: UserPoolClient!.ClientId!, clientSecret: UserPoolClient!.ClientSecret };
    };
    const spa = await createClient({
      ClientName: 'spa',
      GenerateSecret: false,
      ExplicitAuthFlows: [
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ],
      PreventUserExistenceErrors: 'ENABLED',
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [SPA_CALLBACK],
      LogoutURLs: [SPA_LOGOUT],
      EnableTokenRevocation: true,
      ...options.spaClient,
    });
    const machine = await createClient({
      ClientName: 'machine',
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['api/read'],
    });
    const messages = async (to: string): Promise<InboxMessage[]> => {
      const res = await fetch(`${cognito.url}/_local/messages?to=${encodeURIComponent(to)}`);
      return (await res.json()) as InboxMessage[];
    };
    return {
      cognito,
      url: cognito.url,
      region,
      userPoolId,
      spaClientId: spa.clientId,
      machineClientId: machine.clientId,
      machineClientSecret: machine.clientSecret!,
      admin,
      messages,
      async latestCode(to, kind) {
        // The welcome email carries no code.
        const found = (await messages(to)).find((m) => m.code && (!kind || m.kind === kind));
        if (!found) throw new Error(`no ${kind ?? ''} code in the local inbox for ${to}`);
        return found.code;
      },
      createClient,
      async close() {
        admin.destroy();
        await cognito.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cognito.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A pool for the whole test file: started before its tests, closed after. The returned object stands
 * for the pool and may be passed around like one; touching it before `beforeAll` ran is an error.
 */
export function setupLocalPool(options: LocalPoolOptions = {}): LocalPool {
  let started: LocalPool | undefined;
  beforeAll(async () => {
    started = await startLocalPool(options);
  });
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as LocalPool, {
    get(_target, property) {
      if (started === undefined)
        throw new Error('The local pool is not started yet (use it inside tests).');
      return Reflect.get(started, property, started);
    },
  });
}
