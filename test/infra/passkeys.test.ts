/**
 * The passkey relying party in the synthesized stack. With an app domain from config the pool names it
 * directly; without one it is CloudFront's domain, set by a custom resource after the distribution
 * exists (the pool cannot wait for the distribution: the distribution waits for the API, which waits
 * for the pool). The custom resource's role may call SetUserPoolMfaConfig on this pool and nothing else,
 * and both templates pass cfn-lint.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { POOL } from '../../server/pool/definition';
import { readStageConfig } from '../../infra/config';
import { synthStage, type Synthesized } from './synth';

let cloudFront: Synthesized;
let custom: Synthesized;

beforeAll(() => {
  cloudFront = synthStage({ stage: 'passkeys' });
  custom = synthStage({ stage: 'passkeys', appDomain: 'app.example.com' });
}, 180_000);

function poolProperties(s: Synthesized): Record<string, unknown> {
  const pools = Object.values(s.template.findResources('AWS::Cognito::UserPool'));
  expect(pools).toHaveLength(1);
  return (pools[0] as { Properties: Record<string, unknown> }).Properties;
}

describe('passkey relying party', () => {
  it('allows passkeys as a first factor and prefers user verification', () => {
    for (const s of [cloudFront, custom]) {
      const pool = poolProperties(s);
      expect(pool.UserPoolTier).toBe('ESSENTIALS');
      expect(pool.WebAuthnUserVerification).toBe('preferred');
      expect(pool.Policies).toMatchObject({
        SignInPolicy: {
          AllowedFirstAuthFactors: expect.arrayContaining(['PASSWORD', 'WEB_AUTHN']),
        },
      });
    }
  });

  it('names a configured app domain on the pool itself, with no custom resource', () => {
    expect(poolProperties(custom).WebAuthnRelyingPartyID).toBe('app.example.com');
    custom.template.resourceCountIs('Custom::AWS', 0);
  });

  it("otherwise sets CloudFront's domain after the distribution exists, keeping the pool's MFA settings", () => {
    expect(poolProperties(cloudFront).WebAuthnRelyingPartyID).toBeUndefined();
    const resources = Object.values(cloudFront.template.findResources('Custom::AWS')) as Array<{
      Properties: { Create: unknown; Update: unknown };
    }>;
    expect(resources).toHaveLength(1);
    // The SDK call is a JSON string with the tokens joined in; read it as CloudFormation will.
    const create = JSON.stringify(resources[0]!.Properties.Create);
    expect(create).toContain('SetUserPoolMfaConfig');
    expect(create).toContain(`\\"MfaConfiguration\\":\\"${POOL.mfa.mode}\\"`);
    expect(create).toContain(
      `\\"SoftwareTokenMfaConfiguration\\":{\\"Enabled\\":${String(POOL.mfa.totp)}}`,
    );
    expect(create).toMatch(
      /"RelyingPartyId\\":\\"",\{"Fn::GetAtt":\["Site[0-9A-F]+","DomainName"\]\}/,
    );
    expect(create).toContain('\\"UserVerification\\":\\"preferred\\"');
    expect(JSON.stringify(resources[0]!.Properties.Update)).toBe(create);
  });

  it('lets the custom resource call SetUserPoolMfaConfig on this pool only', () => {
    const policies = Object.values(
      cloudFront.template.findResources('AWS::IAM::Policy', {
        Properties: { PolicyName: Match.stringLikeRegexp('PasskeyRelyingParty') },
      }),
    ) as Array<{ Properties: { PolicyDocument: { Statement: unknown[] } } }>;
    expect(policies).toHaveLength(1);
    expect(policies[0]!.Properties.PolicyDocument.Statement).toEqual([
      {
        Action: 'cognito-idp:SetUserPoolMfaConfig',
        Effect: 'Allow',
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^UserPool/), 'Arn'] },
      },
    ]);
  });

  it('refuses an app domain that cannot be a relying party', () => {
    const result = readStageConfig({ stage: 'dev', appDomain: 'not a domain' });
    expect(result).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/appDomain "not a domain" is not a domain name/)],
    });
    const long = `${'a'.repeat(60)}.example.com`;
    expect(readStageConfig({ stage: 'dev', appDomain: long }).ok).toBe(false);
  });

  it.each([
    ['CloudFront domain', () => cloudFront],
    ['app domain', () => custom],
  ])('the %s template passes cfn-lint', async (_name, stage) => {
    let stdout: string;
    try {
      ({ stdout } = await promisify(execFile)('cfn-lint', [
        '--format',
        'json',
        stage().templatePath,
      ]));
    } catch (error) {
      // Exit codes are bit flags (2 errors, 4 warnings, 8 informational); the JSON says which.
      stdout = (error as { stdout?: string }).stdout ?? '';
      if (stdout === '') throw error;
    }
    const errors = (JSON.parse(stdout || '[]') as Array<{ Level: string; Message: string }>)
      .filter((f) => f.Level === 'Error')
      .map((f) => f.Message);
    expect(errors).toEqual([]);
  });
});
