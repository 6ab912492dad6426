/** Env-file reading/merging and temporary-password generation (pure or local-disk only). */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeEnvFile, parseEnv } from '../../../local/provision/env-file';
import { generateTemporaryPassword, satisfiesPolicy } from '../../../local/provision/passwords';
import { appEnv } from '../../../local/provision/provision';

const dirs: string[] = [];
const tempFile = (name: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'env-unit-'));
  dirs.push(dir);
  return join(dir, name);
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseEnv', () => {
  it('reads dotenv syntax: comments, export, quotes, inline comments', () => {
    expect(
      parseEnv('# c\nA=1\nexport B="two words"\nC=\'x#y\'\nD=plain # note\n\nnot a line\nE='),
    ).toEqual({
      A: '1',
      B: 'two words',
      C: 'x#y',
      D: 'plain',
      E: '',
    });
  });
});

describe('mergeEnvFile', () => {
  it('creates the file with a header, then reports no change when values are the same', async () => {
    const file = tempFile('.env.test.local');
    expect(await mergeEnvFile(file, { A: '1', B: 'http://x:1/' }, 'header line')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('# header line\nA=1\nB=http://x:1/\n');
    expect(await mergeEnvFile(file, { A: '1', B: 'http://x:1/' }, 'header line')).toBe(false);
  });

  it('updates its keys in place and keeps everything else', async () => {
    const file = tempFile('.env.test.local');
    writeFileSync(file, '# mine\nKEEP=yes\nA=old\n');
    expect(await mergeEnvFile(file, { A: 'new', C: 'has space' }, 'h')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('# mine\nKEEP=yes\nA=new\nC="has space"\n');
    expect(parseEnv(readFileSync(file, 'utf8')).C).toBe('has space');
  });

  it('dry run reports a change without writing', async () => {
    const file = tempFile('.env.test.local');
    writeFileSync(file, 'A=old\n');
    expect(await mergeEnvFile(file, { A: 'new' }, 'h', { dryRun: true })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('A=old\n');
  });
});

describe('appEnv', () => {
  it('local: endpoint and hosted UI are the local pool', () => {
    const env = appEnv(
      { target: 'local', endpoint: 'http://localhost:9229', region: 'us-east-1' },
      { userPoolId: 'local_abc', spaClientId: 'c1', hostedUi: 'http://localhost:9229' },
    );
    expect(env).toMatchObject({
      VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
      VITE_COGNITO_DOMAIN: 'http://localhost:9229',
      VITE_API_URL: 'http://localhost:3001',
    });
  });

  it('aws: no endpoint override', () => {
    const env = appEnv(
      { target: 'aws', region: 'eu-west-1' },
      {
        userPoolId: 'eu-west-1_abc',
        spaClientId: 'c1',
        hostedUi: 'https://p.auth.eu-west-1.amazoncognito.com',
      },
    );
    expect(env.VITE_COGNITO_ENDPOINT).toBeUndefined();
    expect(env.VITE_COGNITO_REGION).toBe('eu-west-1');
    expect(env.VITE_COGNITO_DOMAIN).toBe('https://p.auth.eu-west-1.amazoncognito.com');
  });
});

describe('generateTemporaryPassword', () => {
  it('always satisfies the pool policy and differs every time', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateTemporaryPassword();
      expect(password).toHaveLength(16);
      expect(satisfiesPolicy(password)).toBe(true);
      seen.add(password);
    }
    expect(seen.size).toBe(200);
    expect(() => generateTemporaryPassword(6)).toThrow();
  });
});
