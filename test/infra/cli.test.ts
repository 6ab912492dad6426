/** `npm run deploy` / `destroy` planning: flags, CDK command lines, and outputs → the app's env file. */
import { describe, expect, it } from 'vitest';
import {
  appEnvFromOutputs,
  cdkArgs,
  parseDeployArgs,
  readOutputs,
  type DeployArgs,
} from '../../infra/cli';

const parse = (argv: string[]): DeployArgs => {
  const result = parseDeployArgs(argv);
  if (!result.ok) throw new Error(result.error);
  return result.args;
};
const error = (argv: string[]) => {
  const result = parseDeployArgs(argv);
  return result.ok ? undefined : result.error;
};

describe('parseDeployArgs', () => {
  it('maps flags to the CDK context the app validates', () => {
    const args = parse([
      'deploy',
      '--stage',
      'staging',
      '--region=eu-west-1',
      '--profile',
      'team',
      '--from-email',
      'no-reply@example.com',
    ]);
    expect(args).toMatchObject({
      command: 'deploy',
      stage: 'staging',
      profile: 'team',
      context: { stage: 'staging', region: 'eu-west-1', fromEmail: 'no-reply@example.com' },
      config: { production: false, allowLocalhost: true },
    });
    expect(parse(['deploy', '--stage', 'prod']).config.production).toBe(true);
    expect(parse(['deploy', '--stage', 'live', '--production']).config.production).toBe(true);
  });

  it('says what is wrong', () => {
    expect(error(['deploy'])).toMatch(/--stage is required/);
    expect(error(['deploy', '--stage'])).toMatch(/--stage needs a value/);
    expect(error(['deploy', '--stage', 'Bad Name'])).toMatch(/stage "Bad Name"/);
    expect(error(['deploy', '--stage', 'x', '--colour', 'red'])).toMatch(
      /Unknown option: --colour/,
    );
    expect(error(['destroy', '--stage', 'x', '--from-email', 'a@b.c'])).toMatch(
      /destroy takes only/,
    );
    expect(error(['ship'])).toMatch(/deploy or destroy/);
  });
});

describe('cdkArgs', () => {
  it('deploys one stack without prompting and keeps its outputs; the second pass adds the build', () => {
    const args = parse(['deploy', '--stage', 'staging', '--profile', 'team']);
    expect(cdkArgs(args)).toEqual([
      'deploy',
      'CognitoReactAuth-staging',
      '-c',
      'stage=staging',
      '--profile',
      'team',
      '--no-notices',
      '--require-approval',
      'never',
      '--outputs-file',
      'cdk.out/outputs-staging.json',
    ]);
    expect(cdkArgs(args, { spaDir: 'dist-staging' })).toContain('spaDir=dist-staging');
    expect(cdkArgs(parse(['destroy', '--stage', 'staging']))).toEqual([
      'destroy',
      'CognitoReactAuth-staging',
      '-c',
      'stage=staging',
      '--no-notices',
      '--force',
    ]);
  });
});

describe('outputs to the env file', () => {
  const outputs = {
    'CognitoReactAuth-staging': {
      Region: 'eu-west-1',
      UserPoolId: 'eu-west-1_AbC123',
      SpaClientId: 'client123',
      ServerClientId: 'server123',
      HostedUiDomain: 'https://react-auth-staging-123456789012.auth.eu-west-1.amazoncognito.com',
      ApiUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/api',
      AppUrl: 'https://d111111abcdef8.cloudfront.net',
    },
  };

  it('gives the app its pool, client, hosted UI and API, and lets it use its own origin for redirects', () => {
    expect(appEnvFromOutputs(readOutputs(outputs, 'staging'))).toEqual({
      VITE_COGNITO_REGION: 'eu-west-1',
      VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
      VITE_COGNITO_CLIENT_ID: 'client123',
      VITE_COGNITO_DOMAIN:
        'https://react-auth-staging-123456789012.auth.eu-west-1.amazoncognito.com',
      VITE_API_URL: 'https://abc.execute-api.eu-west-1.amazonaws.com/api',
      VITE_PASSWORD_POLICY: 'min=8,lower,upper,number,symbol',
      VITE_OAUTH_SCOPES: 'openid,email,profile,aws.cognito.signin.user.admin',
    });
  });

  it('an incomplete deployment is named, not written half', () => {
    expect(() => readOutputs({}, 'staging')).toThrow(/lack Region, UserPoolId/);
  });
});
