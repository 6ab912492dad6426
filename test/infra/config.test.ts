/** Stage settings from CDK context: defaults per stage kind, and a sentence for every bad value. */
import { describe, expect, it } from 'vitest';
import { readStageConfig } from '../../infra/config';

const problems = (context: Record<string, string>) => {
  const result = readStageConfig(context);
  return result.ok ? [] : result.problems;
};

describe('readStageConfig', () => {
  it('a named stage is throw-away and open to localhost; prod is retained and closed', () => {
    expect(readStageConfig({ stage: 'staging' })).toEqual({
      ok: true,
      config: { stage: 'staging', production: false, allowLocalhost: true },
    });
    expect(readStageConfig({ stage: 'prod' })).toEqual({
      ok: true,
      config: { stage: 'prod', production: true, allowLocalhost: false },
    });
    expect(
      readStageConfig({ stage: 'live', production: 'true', allowLocalhost: 'true' }),
    ).toMatchObject({ ok: true, config: { production: true, allowLocalhost: true } });
  });

  it('takes SES, a domain prefix or a custom domain, and the built SPA', () => {
    expect(
      readStageConfig({
        stage: 'dev',
        region: 'eu-west-1',
        fromEmail: 'no-reply@example.com',
        fromName: 'Example',
        sesRegion: 'eu-west-1',
        domainPrefix: 'my-app-dev',
        spaDir: 'dist',
      }),
    ).toMatchObject({
      ok: true,
      config: { fromEmail: 'no-reply@example.com', domainPrefix: 'my-app-dev', spaDir: 'dist' },
    });
  });

  it('names every bad value', () => {
    expect(problems({ stage: 'Prod_1' })).toEqual([expect.stringMatching(/stage "Prod_1"/)]);
    expect(problems({ region: 'mars-1' })).toEqual([expect.stringMatching(/not an AWS region/)]);
    expect(problems({ fromEmail: 'nobody' })).toEqual([expect.stringMatching(/not an email/)]);
    expect(problems({ fromName: 'X' })).toEqual([expect.stringMatching(/needs fromEmail/)]);
    expect(problems({ domainPrefix: 'my-cognito' })).toEqual([
      expect.stringMatching(/without aws, amazon or cognito/),
    ]);
    expect(problems({ authDomain: 'auth.example.com' })).toEqual([
      expect.stringMatching(/go together/),
    ]);
    expect(
      problems({
        authDomain: 'auth.example.com',
        authCertificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/x',
      }),
    ).toEqual([expect.stringMatching(/us-east-1/)]);
    expect(problems({ production: 'yes' })).toEqual(['production must be true or false.']);
  });
});
