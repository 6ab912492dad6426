/** `npm run provision` flags: defaults per target, validation, and the flags Node itself would steal. */
import { describe, expect, it } from 'vitest';
import { parseProvisionArgs } from '../../../local/provision/args';

const ok = (argv: string[], env: Record<string, string | undefined> = {}) => {
  const result = parseProvisionArgs(argv, env);
  if (!result.ok) throw new Error(result.error);
  return result.args;
};
const error = (argv: string[], env: Record<string, string | undefined> = {}) => {
  const result = parseProvisionArgs(argv, env);
  if (result.ok) throw new Error(`expected an error for ${argv.join(' ')}`);
  return result.error;
};

describe('parseProvisionArgs', () => {
  it('defaults to the local pool in us-east-1, applying changes', () => {
    expect(ok([])).toEqual({ target: 'local', region: 'us-east-1', plan: false, help: false });
  });

  it('reads local options, in both --flag value and --flag=value forms', () => {
    expect(
      ok([
        '--endpoint=http://localhost:9999/',
        '--plan',
        '--env-path',
        'x.env',
        '--api-url',
        'http://localhost:4000',
      ]),
    ).toEqual({
      target: 'local',
      region: 'us-east-1',
      endpoint: 'http://localhost:9999',
      plan: true,
      help: false,
      envFile: 'x.env',
      apiUrl: 'http://localhost:4000',
    });
    expect(ok(['--no-env-file']).envFile).toBe(false);
    expect(ok(['--dry-run']).plan).toBe(true);
  });

  it('aws needs a region, from the flag or AWS_REGION', () => {
    expect(error(['--target', 'aws'])).toMatch(/--region/);
    expect(ok(['--target', 'aws'], { AWS_REGION: 'eu-west-2' }).region).toBe('eu-west-2');
    expect(
      ok([
        '--target',
        'aws',
        '--region',
        'us-west-2',
        '--profile',
        'dev',
        '--domain-prefix',
        'my-app-1',
      ]),
    ).toEqual({
      target: 'aws',
      region: 'us-west-2',
      profile: 'dev',
      domainPrefix: 'my-app-1',
      plan: false,
      help: false,
    });
  });

  it('rejects what would fail later, with a message naming the flag', () => {
    expect(error(['--target', 'gcp'])).toMatch(/--target/);
    expect(error(['--region', 'mars-1'])).toMatch(/region/);
    expect(error(['--profile', 'dev'])).toMatch(/aws/);
    expect(
      error(['--target', 'aws', '--region', 'us-east-1', '--domain-prefix', 'my-cognito-app']),
    ).toMatch(/cognito/);
    expect(error(['--target', 'aws', '--region', 'us-east-1', '--domain-prefix', 'Upper'])).toMatch(
      /lowercase/,
    );
    expect(error(['--endpoint', 'localhost:9229'])).toMatch(/URL/);
    expect(error(['--endpoint'])).toMatch(/needs a value/);
    expect(error(['--endpoint', '--plan'])).toMatch(/needs a value/);
    expect(error(['--bogus'])).toMatch(/Unknown option/);
    expect(error(['--env-path', 'a', '--no-env-file'])).toMatch(/either/);
  });

  it('does not accept --env-file (Node 20 would read it as its own flag)', () => {
    expect(error(['--env-file', 'x'])).toMatch(/Unknown option/);
  });
});
