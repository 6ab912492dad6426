/** Each data directory signs with its own RSA key, created on first start and kept owner-only. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalCognito } from '../../../local/cognito/server';
import { SIGNING_KEY_FILE } from '../../../local/cognito/signingKey';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function jwksOf(dataDir: string): Promise<{ kid: string; n: string }[]> {
  const cognito = await startLocalCognito({ port: 0, dataDir, quiet: true });
  try {
    const res = await fetch(`${cognito.url}/local_pool1/.well-known/jwks.json`);
    return ((await res.json()) as { keys: { kid: string; n: string }[] }).keys;
  } finally {
    await cognito.close();
  }
}

describe('signing key per data directory', () => {
  it('differs between two data directories and survives a restart', async () => {
    const [a, b] = [0, 1].map(() => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'cognito-key-'));
      dirs.push(dir);
      return dir;
    }) as [string, string];

    const first = await jwksOf(a);
    const other = await jwksOf(b);
    expect(first).toHaveLength(1);
    expect(other).toHaveLength(1);
    expect(other[0]!.n).not.toBe(first[0]!.n);
    expect(other[0]!.kid).not.toBe(first[0]!.kid);
    // cognito-local's bundled key is named CognitoLocal; ours is named by its thumbprint.
    expect(first[0]!.kid).not.toBe('CognitoLocal');

    expect(await jwksOf(a)).toEqual(first);
    expect(statSync(path.join(a, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
  });
});
