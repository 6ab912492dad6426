/**
 * End to end on the product's own setup: provision a fresh local pool, let both seed users choose
 * their password at first sign-in, and check the API honours the seeded groups.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../../local/api/server';
import { startLocalCognito, type LocalCognito } from '../../../local/cognito/server';
import { provision, type ProvisionResult } from '../../../local/provision/provision';

let dir: string;
let cognito: LocalCognito;
let client: CognitoIdentityProviderClient;
let seeded: ProvisionResult;
let api: RunningApi;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'api-provisioned-'));
  cognito = await startLocalCognito({ port: 0, dataDir: dir, quiet: true });
  client = new CognitoIdentityProviderClient({
    endpoint: cognito.url,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  seeded = await provision({
    target: 'local',
    endpoint: cognito.url,
    region: 'us-east-1',
    envFile: false,
  });
  api = await startApi({
    port: 0,
    userPoolId: seeded.userPoolId,
    cognitoUrl: cognito.url,
    clientIds: [seeded.spaClientId],
  });
});

afterAll(async () => {
  await api?.close();
  client?.destroy();
  await cognito?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function firstSignIn(email: string): Promise<string> {
  const start = await client.send(
    new InitiateAuthCommand({
      ClientId: seeded.spaClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: seeded.tempPasswords[email]! },
    }),
  );
  expect(start.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
  // Seed users are made with email only, as in the console: the first sign-in supplies the name.
  expect(JSON.parse(start.ChallengeParameters?.requiredAttributes ?? '[]')).toEqual([
    'userAttributes.name',
  ]);
  const done = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: seeded.spaClientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: start.Session,
      ChallengeResponses: {
        USERNAME: email,
        NEW_PASSWORD: 'Brand-New-Passw0rd!',
        'userAttributes.name': 'Seeded Person',
      },
    }),
  );
  return done.AuthenticationResult!.AccessToken!;
}

it('the seeded admin reaches /admin; the seeded user is refused', async () => {
  const adminToken = await firstSignIn('admin@example.com');
  const userToken = await firstSignIn('user@example.com');
  const asAdmin = await fetch(`${api.url}/admin`, {
    headers: { Authorization: `Bearer ${adminToken}` },
  });
  expect(asAdmin.status).toBe(200);
  const asUser = await fetch(`${api.url}/admin`, {
    headers: { Authorization: `Bearer ${userToken}` },
  });
  expect(asUser.status).toBe(403);
  const me = await fetch(`${api.url}/me`, { headers: { Authorization: `Bearer ${userToken}` } });
  expect(((await me.json()) as { groups: string[] }).groups).toEqual(['user']);
});
