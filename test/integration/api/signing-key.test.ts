/**
 * Tokens the API must refuse although their signature is valid for *some* key: one signed with the
 * private key that ships inside the cognito-local package (anyone has it), and one signed with the
 * pool's own key but without `exp`/`iat` (it would never expire).
 */
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from '../../../local/api/server';
import { SIGNING_KEY_FILE } from '../../../local/cognito/signingKey';
import { decodePayload, startTestPool, type TestPool, type Tokens } from './pool';

let pool: TestPool;
let api: RunningApi;
let admin: Tokens;

beforeAll(async () => {
  pool = await startTestPool();
  api = await startApi({
    port: 0,
    userPoolId: pool.userPoolId,
    cognitoUrl: pool.cognitoUrl,
    clientIds: [pool.spaClientId],
  });
  admin = await pool.signIn(await pool.createUser('admin', ['admin']));
});

afterAll(async () => {
  await api?.close();
  await pool?.close();
});

function mint(header: Record<string, unknown>, payload: Record<string, unknown>, pem: string) {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', ...header })}.${part(payload)}`;
  const signature = sign('RSA-SHA256', Buffer.from(input), createPrivateKey(pem));
  return `${input}.${signature.toString('base64url')}`;
}

const getAdmin = (token: string) =>
  fetch(`${api.url}/admin`, { headers: { Authorization: `Bearer ${token}` } });

describe('signing keys', () => {
  it('the genuine admin token works, so the refusals below are about the key alone', async () => {
    expect((await getAdmin(admin.accessToken)).status).toBe(200);
  });

  it("refuses an admin token signed with cognito-local's shipped key, in the API and the pool", async () => {
    const shipped = createRequire(import.meta.url)(
      'cognito-local/lib/keys/cognitoLocal.private.json',
    ) as { pem: string; jwk: { kid?: string } };
    const forged = mint(
      { kid: shipped.jwk.kid ?? 'CognitoLocal' },
      decodePayload(admin.accessToken),
      shipped.pem,
    );

    const response = await getAdmin(forged);
    expect(response.status).toBe(401);
    expect(((await response.json()) as { message: string }).message).toMatch(/key|signature/);
    await expect(
      pool.admin.send(new GetUserCommand({ AccessToken: forged })),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
  });

  it("refuses a token signed with the pool's own key that has no exp or iat", async () => {
    const pem = readFileSync(join(pool.dataDir, SIGNING_KEY_FILE), 'utf8');
    const header = JSON.parse(
      Buffer.from(admin.accessToken.split('.')[0]!, 'base64url').toString('utf8'),
    ) as { kid: string };
    const claims = decodePayload(admin.accessToken);

    // Control: the same key and claims with exp and iat are accepted, so only the claims differ.
    expect((await getAdmin(mint({ kid: header.kid }, claims, pem))).status).toBe(200);

    for (const missing of [['exp'], ['iat'], ['exp', 'iat']]) {
      const payload = { ...claims };
      for (const name of missing) delete payload[name];
      const response = await getAdmin(mint({ kid: header.kid }, payload, pem));
      expect(response.status, `without ${missing.join(' and ')}`).toBe(401);
      expect(((await response.json()) as { message: string }).message).toMatch(/"exp" and "iat"/);
    }
  });
});
