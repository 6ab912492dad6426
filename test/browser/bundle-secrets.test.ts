/**
 * What ships to browsers holds no secret: not the confidential server client's secret, not a seeded
 * temporary password, not a token. The public client ID and pool ID are expected; they are not secret.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DescribeUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider';
import { expect, inject, it } from 'vitest';
import { adminClient } from '../support/users';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

it('ships no client secret, temporary password or token in the production build', async () => {
  const stack = inject('stack');
  const client = adminClient(stack.cognitoUrl);
  const { UserPoolClient } = await client.send(
    new DescribeUserPoolClientCommand({
      UserPoolId: stack.userPoolId,
      ClientId: stack.serverClientId,
    }),
  );
  client.destroy();
  const secrets = [UserPoolClient?.ClientSecret, ...Object.values(stack.tempPasswords)];
  expect(secrets.filter(Boolean).length, 'the stack has secrets to look for').toBeGreaterThan(1);

  const build = filesUnder(path.resolve('test-results/app'));
  const shipped = build.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const secret of secrets) if (secret) expect(shipped.includes(secret)).toBe(false);
  // A JWT's header always starts like this; none may be baked into the bundle.
  expect(shipped).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\./);
  expect(shipped).toContain(stack.spaClientId);
});

// Issue 12, finding 8: source maps hold the full sources; a production build must not ship them.
it('ships no source map and no link to one in the production build', () => {
  const build = filesUnder(path.resolve('test-results/app'));
  expect(
    build.some((file) => file.endsWith('.js')),
    'the build has scripts',
  ).toBe(true);
  expect(build.filter((file) => file.endsWith('.map'))).toEqual([]);
  for (const file of build.filter((f) => /\.(js|css|html)$/.test(f)))
    expect(readFileSync(file, 'utf8'), file).not.toMatch(/sourceMappingURL/);
});
