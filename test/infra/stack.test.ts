/**
 * The CDK app's security-relevant properties, read from the synthesized CloudFormation: the pool and
 * its clients, the authorizer and scopes on every protected method, the private bucket, the CSP and
 * HSTS, caching and the SPA fallback. Two stages are synthesized once each: a throw-away `dev` with
 * Cognito's sender and a `prod` with SES, a custom hosted-UI domain and a built SPA to upload.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createPoolRequest,
  GROUPS,
  serverClientSettings,
  spaClientSettings,
} from '../../local/provision/desired';
import { ROUTES } from '../../server/api/routes';
import { API_AUTHORIZATION_SCOPE, POOL } from '../../server/pool/definition';
import { SPA_ROUTING_FUNCTION } from '../../infra/stack';
import { synthStage, type Synthesized } from './synth';

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/abc-123';
let dev: Synthesized;
let prod: Synthesized;
let spaDir: string;

/** A stand-in for `vite build` output, with the files that must never reach the bucket. */
function fakeBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cra-spa-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, '.vite'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script src="/assets/app-1a2b.js">');
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg/>');
  writeFileSync(path.join(dir, 'assets/app-1a2b.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'assets/app-1a2b.js.map'), '{}');
  writeFileSync(path.join(dir, '.vite/manifest.json'), '{}');
  return dir;
}

beforeAll(() => {
  spaDir = fakeBuild();
  dev = synthStage({ stage: 'dev' });
  prod = synthStage({
    stage: 'prod',
    region: 'eu-west-1',
    fromEmail: 'no-reply@example.com',
    fromName: 'Example',
    authDomain: 'auth.example.com',
    authCertificateArn: CERT,
    spaDir,
  });
}, 120_000);

const resources = (template: Template, type: string) =>
  Object.values(template.findResources(type)) as Array<{
    Properties: Record<string, unknown>;
    DeletionPolicy?: string;
  }>;

describe('user pool', () => {
  it('has the seeds settings: email sign-in, the password policy, optional TOTP, email recovery', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      UsernameAttributes: ['email'],
      UsernameConfiguration: { CaseSensitive: false },
      AutoVerifiedAttributes: ['email'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 8,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'email', Required: true }),
        Match.objectLike({ Name: 'name', Required: true }),
      ]),
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    });
  });

  it('a throw-away stage is deleted with its stack; production is retained and protected', () => {
    const [devPool] = resources(dev.template, 'AWS::Cognito::UserPool');
    expect(devPool?.DeletionPolicy).toBe('Delete');
    expect(devPool?.Properties.DeletionProtection).toBe('INACTIVE');
    const [prodPool] = resources(prod.template, 'AWS::Cognito::UserPool');
    expect(prodPool?.DeletionPolicy).toBe('Retain');
    expect(prodPool?.Properties.DeletionProtection).toBe('ACTIVE');
  });

  it("sends email with Cognito's default sender, or SES when a from-address is given", () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
    });
    prod.template.hasResourceProperties('AWS::Cognito::UserPool', {
      EmailConfiguration: {
        EmailSendingAccount: 'DEVELOPER',
        From: 'Example <no-reply@example.com>',
        SourceArn: Match.anyValue(),
      },
    });
  });

  it('has the five groups with the seeds precedence', () => {
    const groups = resources(dev.template, 'AWS::Cognito::UserPoolGroup').map((g) => [
      g.Properties.GroupName,
      g.Properties.Precedence,
    ]);
    expect(groups).toEqual([
      ['admin', 1],
      ['moderator', 5],
      ['premium', 8],
      ['user', 10],
      ['readonly', 15],
    ]);
  });

  it('hosted UI: a Cognito prefix by default, a custom domain with its certificate when given', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', ['react-auth-dev-', { Ref: 'AWS::AccountId' }]] },
    });
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'auth.example.com',
      CustomDomainConfig: { CertificateArn: CERT },
    });
  });
});

describe('app clients', () => {
  const siteCallback = {
    'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, '/callback']],
  };

  it('the SPA client is public: no secret, code grant only, no client credentials', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'spa-client',
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile', 'aws.cognito.signin.user.admin'],
      // Rotation is on, so the CDK leaves REFRESH_TOKEN_AUTH out, as Cognito requires.
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_USER_AUTH'],
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 30 },
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: true,
      SupportedIdentityProviders: ['COGNITO'],
    });
  });

  it('redirects to the CloudFront domain, plus localhost on throw-away stages only', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'spa-client',
      CallbackURLs: [
        siteCallback,
        'http://localhost:5173/callback',
        'http://localhost:4173/callback',
      ],
      LogoutURLs: [Match.anyValue(), 'http://localhost:5173/', 'http://localhost:4173/'],
    });
    prod.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'spa-client',
      CallbackURLs: [siteCallback],
      LogoutURLs: [Match.anyValue()],
    });
  });

  it('the server client is confidential with client_credentials for the resource server scopes', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ClientName: 'server-client',
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: ['api/read', 'api/admin'],
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
    dev.template.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: 'api',
      Scopes: [
        { ScopeName: 'read', ScopeDescription: Match.anyValue() },
        { ScopeName: 'admin', ScopeDescription: Match.anyValue() },
      ],
    });
  });
});

describe('API', () => {
  it('has a Cognito user pool authorizer on the pool, reading the Authorization header', () => {
    dev.template.hasResourceProperties('AWS::ApiGateway::Authorizer', {
      Type: 'COGNITO_USER_POOLS',
      IdentitySource: 'method.request.header.Authorization',
      ProviderARNs: [{ 'Fn::GetAtt': [Match.stringLikeRegexp('^UserPool'), 'Arn'] }],
    });
  });

  it('every protected method needs the authorizer and the access-token scope; only /health is open', () => {
    const methods = resources(dev.template, 'AWS::ApiGateway::Method').filter(
      (m) => m.Properties.HttpMethod !== 'OPTIONS',
    );
    expect(methods).toHaveLength(ROUTES.length);
    const protectedCount = ROUTES.filter((r) => r.auth === 'cognito').length;
    const guarded = methods.filter((m) => m.Properties.AuthorizationType === 'COGNITO_USER_POOLS');
    expect(guarded).toHaveLength(protectedCount);
    for (const method of guarded) {
      expect(method.Properties.AuthorizationScopes).toEqual([API_AUTHORIZATION_SCOPE]);
      expect(method.Properties.AuthorizerId).toEqual({ Ref: expect.stringMatching(/^Authorizer/) });
    }
    const open = methods.filter((m) => m.Properties.AuthorizationType === 'NONE');
    // The AWS_IAM routes are neither (see the identity pool tests below).
    expect(open).toHaveLength(ROUTES.filter((r) => r.auth === 'none').length);
  });

  it('throttles and writes access logs', () => {
    dev.template.hasResourceProperties('AWS::ApiGateway::Stage', {
      StageName: 'api',
      AccessLogSetting: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp('status'),
      },
      MethodSettings: Match.arrayWith([
        Match.objectLike({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
      ]),
    });
  });

  it("CORS answers the app's origin only (production: the CloudFront domain alone)", () => {
    const options = resources(prod.template, 'AWS::ApiGateway::Method').filter(
      (m) => m.Properties.HttpMethod === 'OPTIONS',
    );
    expect(options.length).toBeGreaterThan(0);
    for (const method of options) {
      const integration = method.Properties.Integration as {
        IntegrationResponses: Array<{ ResponseParameters: Record<string, unknown> }>;
      };
      expect(
        integration.IntegrationResponses[0]!.ResponseParameters[
          'method.response.header.Access-Control-Allow-Origin'
        ],
      ).toEqual({
        'Fn::Join': ['', ["'https://", { 'Fn::GetAtt': [expect.any(String), 'DomainName'] }, "'"]],
      });
    }
    prod.template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          ALLOWED_ORIGINS: {
            'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }]],
          },
        },
      },
    });
  });

  it('the authorizer’s own 401 carries the CORS header, so the app can read it and refresh', () => {
    dev.template.hasResourceProperties('AWS::ApiGateway::GatewayResponse', {
      ResponseType: 'UNAUTHORIZED',
      ResponseParameters: Match.objectLike({
        'gatewayresponse.header.Access-Control-Allow-Origin': Match.anyValue(),
        'gatewayresponse.header.WWW-Authenticate': `'Bearer error="invalid_token"'`,
      }),
    });
  });

  it('runs the same handlers, bundled from server/api/lambda.ts', () => {
    // The route handlers (the pool's triggers are functions too, with their own environment).
    const functions = resources(dev.template, 'AWS::Lambda::Function').filter(
      (f) =>
        (f.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables
          ?.ALLOWED_ORIGINS,
    );
    expect(functions.map((f) => f.Properties.Handler).sort()).toEqual(
      ROUTES.map((r) => `index.${r.name}`).sort(),
    );
    for (const fn of functions) expect(fn.Properties.Runtime).toBe('nodejs22.x');
  });
});

describe('hosting', () => {
  it('the bucket blocks all public access and only CloudFront (OAC) may read it', () => {
    dev.template.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    const policies = resources(dev.template, 'AWS::S3::BucketPolicy');
    const statements = policies.flatMap(
      (p) =>
        (p.Properties.PolicyDocument as { Statement: Array<Record<string, unknown>> }).Statement,
    );
    const allows = statements.filter((s) => s.Effect === 'Allow');
    for (const statement of allows) expect(statement.Principal).not.toBe('*');
    expect(allows).toContainEqual(
      expect.objectContaining({
        Action: 's3:GetObject',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
      }),
    );
    dev.template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  });

  it('serves HTTPS only, with the security headers on every behaviour', () => {
    const [distribution] = resources(dev.template, 'AWS::CloudFront::Distribution');
    const config = distribution!.Properties.DistributionConfig as {
      DefaultCacheBehavior: Record<string, unknown>;
      CacheBehaviors: Array<Record<string, unknown>>;
    };
    const behaviours = [config.DefaultCacheBehavior, ...config.CacheBehaviors];
    for (const behaviour of behaviours) {
      expect(behaviour.ViewerProtocolPolicy).toBe('redirect-to-https');
      expect(behaviour.ResponseHeadersPolicyId).toEqual({
        Ref: expect.stringMatching(/^SecurityHeaders/),
      });
    }
  });

  it('the CSP is strict: own scripts only, no unsafe-inline, connect-src exactly Cognito, the hosted UI and the API', () => {
    const [policy] = resources(dev.template, 'AWS::CloudFront::ResponseHeadersPolicy');
    const config = policy!.Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: Record<string, Record<string, unknown>>;
    };
    const csp = dev.stack.resolve(
      config.SecurityHeadersConfig.ContentSecurityPolicy!.ContentSecurityPolicy,
    ) as { 'Fn::Join': [string, unknown[]] };
    const text = csp['Fn::Join'][1]
      .map((part) => (typeof part === 'string' ? part : `{${JSON.stringify(part)}}`))
      .join('');
    expect(text).toContain("script-src 'self';");
    expect(text).not.toContain('unsafe-inline');
    expect(text).not.toContain('unsafe-eval');
    for (const directive of [
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "object-src 'none'",
      "default-src 'none'",
    ])
      expect(text).toContain(directive);
    const connect = /connect-src ([^;]+);/.exec(text)![1]!.split(' ');
    expect(connect).toEqual([
      'https://cognito-idp.{{"Ref":"AWS::Region"}}.amazonaws.com',
      'https://react-auth-dev-{{"Ref":"AWS::AccountId"}}.auth.{{"Ref":"AWS::Region"}}.amazoncognito.com',
      expect.stringMatching(/^https:\/\/\{\{"Ref":"Api[0-9A-F]+"\}\}\.execute-api\./),
      'https://cognito-identity.{{"Ref":"AWS::Region"}}.amazonaws.com',
    ]);
    expect(config.SecurityHeadersConfig).toMatchObject({
      StrictTransportSecurity: {
        AccessControlMaxAgeSec: 31_536_000,
        IncludeSubdomains: true,
        Override: true,
      },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'no-referrer', Override: true },
    });
  });

  it('hashed assets are cached for a year, everything else is revalidated', () => {
    const [distribution] = resources(dev.template, 'AWS::CloudFront::Distribution');
    const config = distribution!.Properties.DistributionConfig as {
      DefaultCacheBehavior: Record<string, unknown>;
      CacheBehaviors: Array<Record<string, unknown>>;
    };
    expect(config.CacheBehaviors).toEqual([
      expect.objectContaining({
        PathPattern: 'assets/*',
        // AWS's managed CachingOptimized policy (honours the objects' one-year max-age).
        CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
      }),
    ]);
    dev.template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
      CachePolicyConfig: Match.objectLike({ MinTTL: 0, DefaultTTL: 0 }),
    });
    prod.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Include: ['assets/*'],
      SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
    });
    prod.template.hasResourceProperties('Custom::CDKBucketDeployment', {
      Exclude: Match.arrayWith(['assets/*', '*.map']),
      SystemMetadata: { 'cache-control': 'no-cache' },
      Prune: true,
    });
  });

  it('SPA routes answer with index.html; files, missing or not, do not', () => {
    dev.template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionCode: SPA_ROUTING_FUNCTION,
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
    });
    // The function's own code, run as CloudFront would run it on a viewer request.
    const handler = new Function(`${SPA_ROUTING_FUNCTION}; return handler;`)() as (event: {
      request: { uri: string };
    }) => { uri: string };
    const uri = (path: string) => handler({ request: { uri: path } }).uri;
    expect(uri('/')).toBe('/index.html');
    expect(uri('/account')).toBe('/index.html');
    expect(uri('/callback')).toBe('/index.html');
    expect(uri('/assets/app-1a2b.js')).toBe('/assets/app-1a2b.js');
    expect(uri('/favicon.svg')).toBe('/favicon.svg');
  });

  it('no source map or Vite manifest reaches the bucket', () => {
    const staged = readdirSync(prod.outdir, { recursive: true, encoding: 'utf8' });
    const uploaded = staged.filter(
      (file) => file.includes('app-1a2b') || file.endsWith('index.html'),
    );
    expect(uploaded.some((file) => file.endsWith('app-1a2b.js'))).toBe(true);
    expect(staged.filter((file) => file.endsWith('.map'))).toEqual([]);
    expect(
      staged.filter((file) => file.includes('manifest.json') && file.includes('.vite')),
    ).toEqual([]);
    expect(existsSync(path.join(spaDir, 'assets/app-1a2b.js.map'))).toBe(true);
  });
});

describe('Lambda triggers (issue 15)', () => {
  type Resource = { Properties: Record<string, unknown> };
  const TRIGGER_KEYS = {
    preSignUp: 'PreSignUp',
    postConfirmation: 'PostConfirmation',
    customMessage: 'CustomMessage',
  } as const;

  /** Logical id of the function bundled for a trigger (Trigger-<name> in the stack). */
  function triggerFunction(template: Template, trigger: string): [string, Resource] {
    const found = Object.entries(template.findResources('AWS::Lambda::Function')).filter(([id]) =>
      id.startsWith(`Trigger${trigger}`),
    );
    expect(found, trigger).toHaveLength(1);
    return found[0] as [string, Resource];
  }
  const arnOf = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
  const poolId = (template: Template) =>
    Object.keys(template.findResources('AWS::Cognito::UserPool'))[0]!;

  it('the definition names the four triggers, and the pool has each one attached', () => {
    expect(Object.keys(POOL.triggers).sort()).toEqual(
      ['customMessage', 'postConfirmation', 'preSignUp', 'preTokenGeneration'].sort(),
    );
    const [pool] = resources(dev.template, 'AWS::Cognito::UserPool');
    const config = pool!.Properties.LambdaConfig as Record<string, unknown>;
    for (const [trigger, key] of Object.entries(TRIGGER_KEYS)) {
      expect(config[key], key).toEqual(arnOf(triggerFunction(dev.template, trigger)[0]));
    }
    // V2_0 puts claims in the access token; it needs the Essentials plan.
    expect(config.PreTokenGenerationConfig).toEqual({
      LambdaArn: arnOf(triggerFunction(dev.template, 'preTokenGeneration')[0]),
      LambdaVersion: 'V2_0',
    });
    expect(pool!.Properties.UserPoolTier).toBe('ESSENTIALS');
  });

  it('each trigger bundles its own handler module and may be invoked by this pool only', () => {
    for (const trigger of Object.keys(POOL.triggers)) {
      const [id, fn] = triggerFunction(dev.template, trigger);
      expect(fn.Properties.Handler).toBe('index.handler');
      expect(fn.Properties.Runtime).toBe('nodejs22.x');
      dev.template.hasResourceProperties('AWS::Lambda::Permission', {
        Action: 'lambda:InvokeFunction',
        FunctionName: arnOf(id),
        Principal: 'cognito-idp.amazonaws.com',
        SourceArn: arnOf(poolId(dev.template)),
      });
    }
  });

  it('has the optional, editable custom:company attribute', () => {
    dev.template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({
          Name: 'company',
          AttributeDataType: 'String',
          Mutable: true,
          StringAttributeConstraints: { MinLength: '0', MaxLength: '256' },
        }),
      ]),
    });
  });

  it('only post confirmation may add users to groups, in this pool only; no trigger has more', () => {
    const roleOf = (trigger: string) =>
      (
        triggerFunction(dev.template, trigger)[1].Properties.Role as {
          'Fn::GetAtt': [string, string];
        }
      )['Fn::GetAtt'][0];
    const triggerRoles = Object.keys(POOL.triggers).map((trigger) =>
      JSON.stringify({ Ref: roleOf(trigger) }),
    );
    const policies = Object.values(dev.template.findResources('AWS::IAM::Policy')) as Resource[];
    // Other roles may act on the pool (the passkey relying-party custom resource has its own test);
    // among the triggers' roles, only post confirmation's may, and only to add users to groups.
    const cognitoGrants = policies.filter(
      (p) =>
        JSON.stringify(p.Properties.PolicyDocument).includes('cognito-idp:') &&
        (p.Properties.Roles as unknown[]).some((role) =>
          triggerRoles.includes(JSON.stringify(role)),
        ),
    );
    expect(cognitoGrants).toHaveLength(1);
    const [grant] = cognitoGrants;
    const postRole = roleOf('postConfirmation');
    expect(grant!.Properties.Roles).toEqual([{ Ref: postRole }]);
    expect(grant!.Properties.PolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Action: 'cognito-idp:AdminAddUserToGroup',
          Effect: 'Allow',
          Resource: arnOf(poolId(dev.template)),
        },
      ],
    });
  });

  it('emails link to the site; the welcome email goes through SES only where a sender is set', () => {
    for (const [stage, synthesized] of [
      ['dev', dev],
      ['prod', prod],
    ] as const) {
      const [, fn] = triggerFunction(synthesized.template, 'postConfirmation');
      const vars = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
      expect(JSON.stringify(vars.APP_ORIGIN), stage).toContain('DomainName');
      if (stage === 'dev') expect(vars.WELCOME_FROM_EMAIL).toBeUndefined();
      else
        expect(vars).toMatchObject({
          WELCOME_FROM_EMAIL: 'no-reply@example.com',
          SES_REGION: 'eu-west-1',
        });
    }
    prod.template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'ses:SendEmail',
            Condition: { StringEquals: { 'ses:FromAddress': 'no-reply@example.com' } },
          }),
        ]),
      },
    });
    expect(JSON.stringify(dev.template.toJSON())).not.toContain('ses:SendEmail');
  });
});

describe('one definition for local and AWS', () => {
  // Both read server/pool/definition.ts; this pins that the two translations agree.
  it('the deployed pool, clients and groups match what npm run provision creates locally', () => {
    const [pool] = resources(dev.template, 'AWS::Cognito::UserPool');
    // The dev stage here sends email with Cognito's default sender (no SES), as provisioning a real
    // pool does.
    expect(pool!.Properties.Policies).toEqual(createPoolRequest({ ses: false }).Policies);
    expect(pool!.Properties.UsernameAttributes).toEqual(createPoolRequest().UsernameAttributes);
    const clients = resources(dev.template, 'AWS::Cognito::UserPoolClient');
    for (const local of [spaClientSettings(), serverClientSettings()]) {
      const deployed = clients.find((c) => c.Properties.ClientName === local.ClientName)!;
      for (const key of [
        'AllowedOAuthFlows',
        'AllowedOAuthScopes',
        'ExplicitAuthFlows',
        'PreventUserExistenceErrors',
        'EnableTokenRevocation',
        'AccessTokenValidity',
        'IdTokenValidity',
      ] as const) {
        const value = deployed.Properties[key];
        expect(
          Array.isArray(value) ? [...value].sort() : value,
          `${local.ClientName} ${key}`,
        ).toEqual(Array.isArray(local[key]) ? [...(local[key] as string[])].sort() : local[key]);
      }
    }
    // Local redirect URLs are a subset of a throw-away stage's.
    const spa = clients.find((c) => c.Properties.ClientName === 'spa-client')!;
    expect(spa.Properties.CallbackURLs).toEqual(
      expect.arrayContaining(spaClientSettings().CallbackURLs!),
    );
    // Rotation on the SPA client, grace period included (the server client has none in either).
    expect(spa.Properties.RefreshTokenRotation).toEqual(spaClientSettings().RefreshTokenRotation);
    const groups = resources(dev.template, 'AWS::Cognito::UserPoolGroup').map((g) => ({
      GroupName: g.Properties.GroupName,
      Precedence: g.Properties.Precedence,
      Description: g.Properties.Description,
    }));
    expect(groups).toEqual(GROUPS);
  });
});

describe('identity pool', () => {
  type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
  type Role = {
    Properties: {
      AssumeRolePolicyDocument: { Statement: Array<Record<string, unknown>> };
      Policies: Array<{ PolicyDocument: { Statement: Statement[] } }>;
    };
  };
  const roleFor = (amr: string): Role => {
    const match = Object.values(dev.template.findResources('AWS::IAM::Role')).filter((role) =>
      JSON.stringify(role).includes(`"cognito-identity.amazonaws.com:amr":"${amr}"`),
    );
    expect(match).toHaveLength(1);
    return match[0] as Role;
  };
  /** The resource ARNs' tails, e.g. "/api/GET/iam/whoami". */
  const invokable = (role: Role): string[] =>
    role.Properties.Policies.flatMap((policy) => policy.PolicyDocument.Statement).flatMap(
      (statement) => {
        expect(statement).toMatchObject({ Effect: 'Allow', Action: 'execute-api:Invoke' });
        const resources = Array.isArray(statement.Resource)
          ? statement.Resource
          : [statement.Resource];
        return resources.map((resource) => {
          const parts = (resource as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
          expect(parts).toContainEqual({ Ref: expect.stringMatching(/^Api[0-9A-F]+$/) });
          return parts.at(-1) as string;
        });
      },
    );

  it('trusts the user pool through the SPA client, with the server-side token check', () => {
    dev.template.hasResourceProperties('AWS::Cognito::IdentityPool', {
      AllowUnauthenticatedIdentities: true,
      AllowClassicFlow: false,
      CognitoIdentityProviders: [
        {
          ClientId: { Ref: Match.stringLikeRegexp('^UserPoolspaclient') },
          ProviderName: { 'Fn::GetAtt': [Match.stringLikeRegexp('^UserPool'), 'ProviderName'] },
          ServerSideTokenCheck: true,
        },
      ],
    });
    dev.template.hasResourceProperties('AWS::Cognito::IdentityPoolRoleAttachment', {
      IdentityPoolId: { Ref: Match.stringLikeRegexp('^IdentityPool') },
      Roles: {
        authenticated: {
          'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityAuthenticatedRole'), 'Arn'],
        },
        unauthenticated: { 'Fn::GetAtt': [Match.stringLikeRegexp('^IdentityGuestRole'), 'Arn'] },
      },
    });
  });

  it('each role can be assumed only by its kind of identity of this pool', () => {
    for (const amr of ['authenticated', 'unauthenticated']) {
      expect(roleFor(amr).Properties.AssumeRolePolicyDocument.Statement).toEqual([
        {
          Action: 'sts:AssumeRoleWithWebIdentity',
          Effect: 'Allow',
          Principal: { Federated: 'cognito-identity.amazonaws.com' },
          Condition: {
            StringEquals: {
              'cognito-identity.amazonaws.com:aud': { Ref: expect.stringMatching(/^IdentityPool/) },
            },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': amr },
          },
        },
      ]);
    }
  });

  it('signed-in identities may invoke the IAM routes only, their notes under their own id', () => {
    expect(invokable(roleFor('authenticated')).sort()).toEqual([
      '/api/GET/iam/notes/${cognito-identity.amazonaws.com:sub}',
      '/api/GET/iam/whoami',
      '/api/PUT/iam/notes/${cognito-identity.amazonaws.com:sub}',
    ]);
  });

  it('guests may invoke whoami and nothing else', () => {
    expect(invokable(roleFor('unauthenticated'))).toEqual(['/api/GET/iam/whoami']);
  });

  it('the IAM routes are AWS_IAM methods; the roles cover exactly those', () => {
    const iamRoutes = ROUTES.filter((r) => r.auth === 'iam');
    const methods = resources(dev.template, 'AWS::ApiGateway::Method').filter(
      (m) => m.Properties.AuthorizationType === 'AWS_IAM',
    );
    expect(methods.map((m) => m.Properties.HttpMethod).sort()).toEqual(
      iamRoutes.map((r) => r.method).sort(),
    );
    expect(invokable(roleFor('authenticated'))).toHaveLength(iamRoutes.length);
  });

  it('only the note handlers get the notes table: one reads, one writes', () => {
    const functions = resources(dev.template, 'AWS::Lambda::Function');
    const withTable = functions.filter((fn) =>
      JSON.stringify(fn.Properties.Environment ?? {}).includes('NOTES_TABLE'),
    );
    expect(withTable.map((fn) => fn.Properties.Handler).sort()).toEqual([
      'index.noteGet',
      'index.notePut',
    ]);
    const tablePolicies = resources(dev.template, 'AWS::IAM::Policy').filter((policy) =>
      JSON.stringify(policy.Properties).includes('dynamodb:'),
    );
    const actions = tablePolicies.map((policy) =>
      (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap(
        (statement) => statement.Action,
      ),
    );
    expect(actions).toHaveLength(2);
    expect(
      actions.some(
        (list) => list.includes('dynamodb:PutItem') && !list.includes('dynamodb:GetItem'),
      ),
    ).toBe(true);
    expect(
      actions.some(
        (list) => list.includes('dynamodb:GetItem') && !list.includes('dynamodb:PutItem'),
      ),
    ).toBe(true);
    dev.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [{ AttributeName: 'identityId', KeyType: 'HASH' }],
    });
  });

  it('is an output, and npm run deploy writes it as VITE_IDENTITY_POOL_ID', () => {
    const outputs = dev.template.findOutputs('*');
    expect(JSON.stringify(outputs.IdentityPoolId?.Value)).toMatch(
      /^\{"Ref":"IdentityPool[0-9A-F]+"\}$/,
    );
  });
});

describe('outputs', () => {
  it('name what npm run deploy writes into .env.<stage>.local', () => {
    const outputs = dev.template.findOutputs('*');
    const value = (key: string) => JSON.stringify(outputs[key]?.Value);
    expect(value('UserPoolId')).toMatch(/^\{"Ref":"UserPool[0-9A-F]+"\}$/);
    expect(value('SpaClientId')).toMatch(/^\{"Ref":"UserPoolspaclient[0-9A-F]+"\}$/);
    expect(value('Region')).toBe('{"Ref":"AWS::Region"}');
    // The API's base URL: its stage, and no trailing slash (the app appends /hello, /me, ...).
    expect(value('ApiUrl')).toMatch(/"\/",\{"Ref":"ApiDeploymentStageapi[0-9A-F]+"\}\]\]\}$/);
    expect(value('AppUrl')).toMatch(/^\{"Fn::Join":\["",\["https:\/\/",\{"Fn::GetAtt":\["Site/);
    expect(value('HostedUiDomain')).toContain('.amazoncognito.com');
  });
});

describe('cfn-lint', () => {
  interface Finding {
    Level: string;
    Rule: { Id: string };
    Message: string;
    Location: { Path: unknown[] };
  }

  /** AWS's CloudFormation linter; exit code 2 = errors, 4 = warnings, 8 = informational (bit flags). */
  async function lint(templatePath: string): Promise<Finding[]> {
    try {
      const { stdout } = await promisify(execFile)('cfn-lint', ['--format', 'json', templatePath]);
      return JSON.parse(stdout || '[]') as Finding[];
    } catch (error) {
      const failure = error as { code?: number | string; stdout?: string };
      if (failure.code === 'ENOENT')
        throw new Error(
          'cfn-lint not found: install it with "pip install cfn-lint" (AWS\'s linter).',
          { cause: error },
        );
      if (typeof failure.code === 'number' && failure.stdout)
        return JSON.parse(failure.stdout) as Finding[];
      throw error;
    }
  }

  it.each([
    ['dev', () => dev],
    ['prod', () => prod],
  ])('the %s template has no errors', async (_name, stage) => {
    const findings = await lint(stage().templatePath);
    const errors = findings
      .filter((finding) => finding.Level === 'Error')
      .map((f) => `${f.Rule.Id} ${f.Message} at ${f.Location.Path.join('/')}`);
    expect(errors).toEqual([]);
  });

  it('would catch an error (the check can fail)', async () => {
    const broken = path.join(mkdtempSync(path.join(os.tmpdir(), 'cra-lint-')), 'broken.json');
    writeFileSync(
      broken,
      JSON.stringify({
        Resources: {
          // A misspelt property: the kind of slip a hand edit of the stack could make.
          Pool: { Type: 'AWS::Cognito::UserPool', Properties: { MfaConfig: 'OPTIONAL' } },
        },
      }),
    );
    expect((await lint(broken)).filter((f) => f.Level === 'Error')).not.toEqual([]);
  });
});
