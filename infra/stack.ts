/**
 * The whole product in one stack: the user pool (from server/pool/definition.ts), the protected REST
 * API (routes from server/api/routes.ts, handlers bundled from server/api/lambda.ts), and the SPA on a
 * private bucket behind CloudFront under the security headers of server/hosting/security-headers.ts.
 *
 * One stack, not three: the SPA client's redirect URLs need CloudFront's domain, the distribution's
 * CSP needs the API's origin, and the API's CORS needs the app's origin again. Cross-stack references
 * would make that a cycle; inside one stack CloudFormation orders it by itself.
 */
import path from 'node:path';
import {
  type App,
  Aws,
  CfnOutput,
  Duration,
  RemovalPolicy,
  Stack,
  type StackProps,
  Token,
  aws_apigateway as apigateway,
  aws_certificatemanager as acm,
  aws_cloudfront as cloudfront,
  aws_cloudfront_origins as origins,
  aws_cognito as cognito,
  aws_iam as iam,
  aws_lambda as lambda,
  aws_lambda_nodejs as nodejs,
  aws_logs as logs,
  aws_s3 as s3,
  aws_s3_deployment as s3deploy,
  custom_resources as cr,
} from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { IAM_API_CORS } from '../server/api/cors';
import { ROUTES } from '../server/api/routes';
import { securityHeaderSet } from '../server/hosting/security-headers';
import {
  API_AUTHORIZATION_SCOPE,
  callbackUrls,
  domainPrefixFor,
  firstAuthFactorsFor,
  GROUPS,
  IDENTITY_POOL,
  LOCAL_APP_ORIGINS,
  POOL,
  RESOURCE_SERVER,
  SERVER_CLIENT,
  signOutUrls,
  SPA_CLIENT,
  TOKEN_VALIDITY,
  type ClientDefinition,
  type PoolTrigger,
} from '../server/pool/definition';
import { stackName, type StageConfig } from './config';
import { IdentityPool, notesTable } from './identity';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAMBDA_ENTRY = path.join(ROOT, 'server/api/lambda.ts');
/** The API's stage name: part of VITE_API_URL (https://<id>.execute-api.<region>.amazonaws.com/api). */
export const API_STAGE = 'api';
/** Vite puts every hashed file under assets/; only those may be cached for a year. */
const HASHED_ASSETS = 'assets/*';
const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

const TRIGGER_OPERATIONS: Record<PoolTrigger, cognito.UserPoolOperation> = {
  preSignUp: cognito.UserPoolOperation.PRE_SIGN_UP,
  postConfirmation: cognito.UserPoolOperation.POST_CONFIRMATION,
  preAuthentication: cognito.UserPoolOperation.PRE_AUTHENTICATION,
  postAuthentication: cognito.UserPoolOperation.POST_AUTHENTICATION,
  // The V2_0 event (access-token claims) is chosen where the trigger is attached.
  preTokenGeneration: cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG,
  customMessage: cognito.UserPoolOperation.CUSTOM_MESSAGE,
  userMigration: cognito.UserPoolOperation.USER_MIGRATION,
};

/**
 * Answers SPA routes (/account, /callback, ...) with index.html while a missing file (anything with a
 * dot in its last segment, e.g. /assets/x.js) still gets the bucket's 403/404: a CloudFront error
 * page for 403/404 would turn every broken asset link into an HTML response too.
 */
export const SPA_ROUTING_FUNCTION = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) request.uri = '/index.html';
  return request;
}`;

export interface AppStackProps extends StackProps {
  config: StageConfig;
}

export class AppStack extends Stack {
  constructor(scope: Construct, id: string, props: AppStackProps) {
    super(scope, id, props);
    const { config } = props;
    const removalPolicy = config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // ---------------- hosting (first: the pool's redirect URLs need its domain) ----------------
    const bucket = new s3.Bucket(this, 'SiteBucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy,
      autoDeleteObjects: !config.production,
    });

    const userPool = this.userPool(config, removalPolicy);
    const hosted = this.hostedUiDomain(userPool, config);
    const api = new apigateway.RestApi(this, 'Api', {
      restApiName: `cognito-react-auth-${config.stage}`,
      description: "The seeds' protected API: Cognito user pool authorizer in front of Lambda.",
      endpointTypes: [apigateway.EndpointType.REGIONAL],
      cloudWatchRole: true,
      deploy: true,
      deployOptions: this.apiStageOptions(config),
    });
    const apiOrigin = `https://${api.restApiId}.execute-api.${Aws.REGION}.${Aws.URL_SUFFIX}`;
    // Spelled as the app spells it (src/auth/cognito/http.ts), so connect-src matches what it calls.
    const cognitoEndpoint = `https://cognito-idp.${Aws.REGION}.amazonaws.com`;
    const identityEndpoint = `https://cognito-identity.${Aws.REGION}.amazonaws.com`;

    const distribution = this.distribution(bucket, {
      cognitoEndpoint,
      identityEndpoint,
      hostedUiDomain: hosted.url,
      apiUrl: apiOrigin,
    });
    const siteOrigin = `https://${distribution.distributionDomainName}`;
    if (config.appDomain === undefined && firstFactors(config).passkey) {
      this.passkeyRelyingParty(userPool, distribution.distributionDomainName);
    }
    const appOrigins = [siteOrigin, ...(config.allowLocalhost ? LOCAL_APP_ORIGINS : [])];

    // ---------------- Lambda triggers (after the site: their emails link to it) ----------------
    this.triggers(userPool, config, siteOrigin);

    // ---------------- pool clients, groups ----------------
    const resourceServer = userPool.addResourceServer('ResourceServer', {
      identifier: RESOURCE_SERVER.identifier,
      userPoolResourceServerName: RESOURCE_SERVER.name,
      scopes: RESOURCE_SERVER.scopes.map(
        (scope) =>
          new cognito.ResourceServerScope({
            scopeName: scope.name,
            scopeDescription: scope.description,
          }),
      ),
    });
    const spaClient = this.client(userPool, SPA_CLIENT, appOrigins);
    const serverClient = this.client(userPool, SERVER_CLIENT, []);
    serverClient.node.addDependency(resourceServer);
    for (const group of GROUPS) {
      new cognito.CfnUserPoolGroup(this, `Group-${group.name}`, {
        userPoolId: userPool.userPoolId,
        groupName: group.name,
        precedence: group.precedence,
        description: group.description,
      });
    }

    // ---------------- API ----------------
    const notes = notesTable(this, removalPolicy);
    this.routes(api, userPool, appOrigins, siteOrigin, notes);

    // ---------------- identity pool: AWS credentials for the IAM routes ----------------
    const identity = new IdentityPool(this, 'Identity', {
      userPool,
      spaClient,
      api,
      stage: API_STAGE,
      poolName: `${IDENTITY_POOL.name}_${config.stage}`,
    });

    // ---------------- the SPA itself (second pass of `npm run deploy`) ----------------
    if (config.spaDir !== undefined) this.uploadSpa(bucket, config.spaDir);

    const outputs: Record<string, string> = {
      Region: Aws.REGION,
      UserPoolId: userPool.userPoolId,
      SpaClientId: spaClient.userPoolClientId,
      ServerClientId: serverClient.userPoolClientId,
      HostedUiDomain: hosted.url,
      ApiUrl: api.urlForPath('/').replace(/\/$/, ''),
      AppUrl: siteOrigin,
      BucketName: bucket.bucketName,
      DistributionId: distribution.distributionId,
      IdentityPoolId: identity.identityPoolId,
    };
    for (const [key, value] of Object.entries(outputs)) new CfnOutput(this, key, { value });
  }

  private userPool(config: StageConfig, removalPolicy: RemovalPolicy): cognito.UserPool {
    const policy = POOL.passwordPolicy;
    const pool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `${POOL.name}-${config.stage}`,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      signInAliases: { email: POOL.signInWithEmail },
      signInCaseSensitive: POOL.caseSensitiveUsernames,
      selfSignUpEnabled: POOL.selfSignUp,
      autoVerify: { email: POOL.autoVerifiedAttributes.includes('email') },
      standardAttributes: {
        email: { required: POOL.requiredAttributes.includes('email'), mutable: true },
        // Cognito's `name` attribute is `fullname` in the CDK.
        fullname: { required: POOL.requiredAttributes.includes('name'), mutable: true },
      },
      customAttributes: Object.fromEntries(
        POOL.customAttributes.map((attribute) => [
          attribute.name,
          new cognito.StringAttribute({
            minLen: 0,
            maxLen: attribute.maxLength,
            mutable: attribute.mutable,
          }),
        ]),
      ),
      passwordPolicy: {
        minLength: policy.minLength,
        requireLowercase: policy.requireLowercase,
        requireUppercase: policy.requireUppercase,
        requireDigits: policy.requireNumbers,
        requireSymbols: policy.requireSymbols,
        tempPasswordValidity: Duration.days(policy.temporaryPasswordValidityDays),
      },
      signInPolicy: { allowedFirstAuthFactors: firstFactors(config) },
      // The relying party is the app's domain. A configured one is a plain string; CloudFront's own
      // domain would make the pool wait for the distribution, which waits for the API and so for the
      // pool: that case is set after the distribution exists (passkeyRelyingParty below).
      ...(config.appDomain !== undefined ? { passkeyRelyingPartyId: config.appDomain } : {}),
      passkeyUserVerification: PASSKEY_USER_VERIFICATION,
      mfa: cognito.Mfa[POOL.mfa.mode],
      mfaSecondFactor: { otp: POOL.mfa.totp, sms: POOL.mfa.sms },
      accountRecovery:
        POOL.accountRecovery === 'verified_email'
          ? cognito.AccountRecovery.EMAIL_ONLY
          : cognito.AccountRecovery.NONE,
      email:
        config.fromEmail === undefined
          ? cognito.UserPoolEmail.withCognito()
          : cognito.UserPoolEmail.withSES({
              fromEmail: config.fromEmail,
              ...(config.fromName ? { fromName: config.fromName } : {}),
              sesRegion: this.sesRegion(config),
              sesVerifiedDomain: config.fromEmail.split('@')[1],
            }),
      deletionProtection: config.production,
      removalPolicy,
    });
    return pool;
  }

  /**
   * The definition's triggers, each its handler module bundled as the API's handlers are. Pre token
   * generation gets the V2_0 event (access-token claims), which needs the Essentials feature plan set
   * above. Permissions are the least each needs: post confirmation may AdminAddUserToGroup in this
   * pool only, and send mail through SES only from the stage's sender. The pool's ARN reaches the
   * function's role through a separate Policy resource: the role's default policy would make the
   * function depend on the pool, which already depends on the function (its LambdaConfig).
   */
  private triggers(pool: cognito.UserPool, config: StageConfig, siteOrigin: string): void {
    const environment: Record<string, string> = { APP_ORIGIN: siteOrigin };
    if (config.fromEmail !== undefined) {
      environment.WELCOME_FROM_EMAIL = config.fromEmail;
      environment.SES_REGION = this.sesRegion(config);
    }
    for (const [trigger, entry] of Object.entries(POOL.triggers) as Array<[PoolTrigger, string]>) {
      const fn = this.lambda(`Trigger-${trigger}`, path.join(ROOT, entry), 'handler', environment);
      pool.addTrigger(
        TRIGGER_OPERATIONS[trigger],
        fn,
        trigger === 'preTokenGeneration' ? cognito.LambdaVersion.V2_0 : undefined,
      );
      if (trigger === 'postConfirmation') this.postConfirmationPolicy(fn, pool, config);
    }
  }

  private postConfirmationPolicy(
    fn: nodejs.NodejsFunction,
    pool: cognito.UserPool,
    config: StageConfig,
  ): void {
    const statements = [
      new iam.PolicyStatement({
        actions: ['cognito-idp:AdminAddUserToGroup'],
        // The narrowest resource IAM offers: it has no condition key for the group's name, so the
        // handler's code (DEFAULT_GROUP only) is what keeps it to the `user` group.
        resources: [pool.userPoolArn],
      }),
    ];
    if (config.fromEmail !== undefined) {
      const region = this.sesRegion(config);
      const domain = config.fromEmail.split('@')[1];
      statements.push(
        new iam.PolicyStatement({
          actions: ['ses:SendEmail'],
          resources: [
            `arn:${Aws.PARTITION}:ses:${region}:${Aws.ACCOUNT_ID}:identity/${domain}`,
            `arn:${Aws.PARTITION}:ses:${region}:${Aws.ACCOUNT_ID}:identity/${config.fromEmail}`,
          ],
          conditions: { StringEquals: { 'ses:FromAddress': config.fromEmail } },
        }),
      );
    }
    new iam.Policy(this, 'PostConfirmationPolicy', { roles: [fn.role!], statements });
  }

  /**
   * Points the pool's passkeys at CloudFront's domain once the distribution exists, through
   * SetUserPoolMfaConfig (CloudFormation has no later hook into the pool). The call replaces the whole
   * MFA configuration, so it repeats POOL.mfa's; its role may make that one call on this pool only.
   */
  private passkeyRelyingParty(pool: cognito.UserPool, domainName: string): void {
    const call: cr.AwsSdkCall = {
      service: 'CognitoIdentityProvider',
      action: 'SetUserPoolMfaConfig',
      parameters: {
        UserPoolId: pool.userPoolId,
        MfaConfiguration: cognito.Mfa[POOL.mfa.mode],
        SoftwareTokenMfaConfiguration: { Enabled: POOL.mfa.totp },
        WebAuthnConfiguration: {
          RelyingPartyId: domainName,
          UserVerification: PASSKEY_USER_VERIFICATION,
        },
      },
      physicalResourceId: cr.PhysicalResourceId.of(`${pool.userPoolId}-passkey-relying-party`),
    };
    new cr.AwsCustomResource(this, 'PasskeyRelyingParty', {
      onCreate: call,
      onUpdate: call,
      // Spelled out: fromSdkCalls derives "cognitoidentityprovider:", which IAM does not know.
      policy: cr.AwsCustomResourcePolicy.fromStatements([
        new iam.PolicyStatement({
          actions: ['cognito-idp:SetUserPoolMfaConfig'],
          resources: [pool.userPoolArn],
        }),
      ]),
      // The Lambda runtime's SDK knows WebAuthnConfiguration; no download at deploy time.
      installLatestAwsSdk: false,
    });
  }

  private sesRegion(config: StageConfig): string {
    const region = config.sesRegion ?? (Token.isUnresolved(this.region) ? undefined : this.region);
    if (region === undefined) {
      throw new Error(
        'fromEmail (SES) needs to know the region: deploy with --region, or add -c sesRegion=<region>.',
      );
    }
    return region;
  }

  private hostedUiDomain(
    pool: cognito.UserPool,
    config: StageConfig,
  ): { url: string; domain: cognito.UserPoolDomain } {
    if (config.authDomain !== undefined) {
      const domain = pool.addDomain('HostedUi', {
        customDomain: {
          domainName: config.authDomain.domainName,
          certificate: acm.Certificate.fromCertificateArn(
            this,
            'AuthCertificate',
            config.authDomain.certificateArn,
          ),
        },
      });
      return { url: `https://${config.authDomain.domainName}`, domain };
    }
    // Prefixes are global across AWS: the account id keeps two teams' "staging" apart.
    const prefix = config.domainPrefix ?? `${domainPrefixFor(config.stage)}-${Aws.ACCOUNT_ID}`;
    const domain = pool.addDomain('HostedUi', { cognitoDomain: { domainPrefix: prefix } });
    return { url: `https://${prefix}.auth.${Aws.REGION}.amazoncognito.com`, domain };
  }

  private client(
    pool: cognito.UserPool,
    client: ClientDefinition,
    appOrigins: readonly string[],
  ): cognito.UserPoolClient {
    const flows = new Set(client.authFlows);
    return pool.addClient(client.name, {
      userPoolClientName: client.name,
      generateSecret: client.generateSecret,
      // The CDK adds ALLOW_REFRESH_TOKEN_AUTH unless the client rotates refresh tokens (below), in
      // which case Cognito requires it off.
      authFlows: {
        userSrp: flows.has('USER_SRP_AUTH'),
        userPassword: flows.has('USER_PASSWORD_AUTH'),
        user: flows.has('USER_AUTH'),
        adminUserPassword: false,
        custom: false,
      },
      oAuth: {
        flows: {
          authorizationCodeGrant: client.oauthFlows.includes('code'),
          clientCredentials: client.oauthFlows.includes('client_credentials'),
          implicitCodeGrant: false,
        },
        scopes: client.oauthScopes.map((scope) => cognito.OAuthScope.custom(scope)),
        ...(client.redirects
          ? { callbackUrls: callbackUrls(appOrigins), logoutUrls: signOutUrls(appOrigins) }
          : {}),
      },
      supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: POOL.preventUserExistenceErrors,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.minutes(TOKEN_VALIDITY.accessMinutes),
      idTokenValidity: Duration.minutes(TOKEN_VALIDITY.idMinutes),
      refreshTokenValidity: Duration.days(TOKEN_VALIDITY.refreshDays),
      ...(client.refreshTokenRotation?.enabled
        ? {
            refreshTokenRotationGracePeriod: Duration.seconds(
              client.refreshTokenRotation.retryGracePeriodSeconds,
            ),
          }
        : {}),
    });
  }

  private apiStageOptions(config: StageConfig): apigateway.StageOptions {
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: logs.RetentionDays.ONE_MONTH,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    return {
      stageName: API_STAGE,
      // Enough for an SPA's users; a flood costs Lambda money, so it is refused at the door.
      throttlingRateLimit: 50,
      throttlingBurstLimit: 100,
      accessLogDestination: new apigateway.LogGroupLogDestination(accessLogs),
      accessLogFormat: apigateway.AccessLogFormat.jsonWithStandardFields({
        caller: false,
        httpMethod: true,
        ip: true,
        protocol: true,
        requestTime: true,
        resourcePath: true,
        responseLength: true,
        status: true,
        user: true,
      }),
      // Execution logs would record request details, tokens included; access logs suffice.
      loggingLevel: apigateway.MethodLoggingLevel.OFF,
      metricsEnabled: true,
    };
  }

  private lambda(
    id: string,
    entry: string,
    handler: string,
    environment: Record<string, string>,
  ): nodejs.NodejsFunction {
    return new nodejs.NodejsFunction(this, id, {
      entry,
      handler,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      timeout: Duration.seconds(10),
      environment,
      logGroup: new logs.LogGroup(this, `${id}Logs`, {
        retention: logs.RetentionDays.ONE_MONTH,
        removalPolicy: RemovalPolicy.DESTROY,
      }),
      bundling: {
        minify: true,
        sourceMap: false,
        target: 'node22',
        // The handlers need nothing from the runtime's SDK; bundle everything they import.
        externalModules: [],
      },
    });
  }

  private routes(
    api: apigateway.RestApi,
    pool: cognito.UserPool,
    appOrigins: readonly string[],
    siteOrigin: string,
    notes: ReturnType<typeof notesTable>,
  ): void {
    const authorizer = new apigateway.CognitoUserPoolsAuthorizer(this, 'Authorizer', {
      cognitoUserPools: [pool],
      identitySource: apigateway.IdentitySource.header('Authorization'),
    });
    for (const route of ROUTES) {
      const usesNotes = route.name === 'noteGet' || route.name === 'notePut';
      const fn = this.lambda(`Route-${route.name}`, LAMBDA_ENTRY, route.name, {
        ALLOWED_ORIGINS: appOrigins.join(','),
        ...(usesNotes ? { NOTES_TABLE: notes.tableName } : {}),
      });
      if (route.name === 'noteGet') notes.grantReadData(fn);
      if (route.name === 'notePut') notes.grantWriteData(fn);
      const resource = api.root.resourceForPath(route.path);
      const iamRoute = route.auth === 'iam';
      // One preflight per resource: GET and PUT of a note share theirs.
      const methods = ROUTES.filter((other) => other.path === route.path).map((r) => r.method);
      if (!resource.node.tryFindChild('OPTIONS'))
        resource.addCorsPreflight({
          allowOrigins: [...appOrigins],
          allowMethods: [...new Set(methods), 'OPTIONS'],
          allowHeaders: iamRoute
            ? IAM_API_CORS.allowHeaders.split(', ')
            : ['Authorization', 'Content-Type'],
          exposeHeaders: iamRoute ? ['x-amzn-ErrorType'] : ['WWW-Authenticate'],
          maxAge: Duration.minutes(10),
        });
      resource.addMethod(
        route.method,
        new apigateway.LambdaIntegration(fn),
        route.auth === 'cognito'
          ? {
              authorizer,
              authorizationType: apigateway.AuthorizationType.COGNITO,
              // Without scopes API Gateway wants an ID token; the app sends access tokens.
              authorizationScopes: [API_AUTHORIZATION_SCOPE],
            }
          : iamRoute
            ? // Which identity may call is the identity pool roles' policy (infra/identity.ts).
              { authorizationType: apigateway.AuthorizationType.IAM }
            : { authorizationType: apigateway.AuthorizationType.NONE },
      );
    }
    // The authorizer's own 401/403 never reach a handler: give them the CORS header the SPA needs
    // to read them (a 401 makes it refresh and retry), and the RFC 6750 challenge the local API sends.
    const cors = {
      'Access-Control-Allow-Origin': `'${siteOrigin}'`,
      'Access-Control-Expose-Headers': "'WWW-Authenticate'",
      Vary: "'Origin'",
    };
    api.addGatewayResponse('Unauthorized', {
      type: apigateway.ResponseType.UNAUTHORIZED,
      responseHeaders: { ...cors, 'WWW-Authenticate': `'Bearer error="invalid_token"'` },
    });
    api.addGatewayResponse('Default4xx', {
      type: apigateway.ResponseType.DEFAULT_4XX,
      responseHeaders: cors,
    });
    api.addGatewayResponse('Default5xx', {
      type: apigateway.ResponseType.DEFAULT_5XX,
      responseHeaders: cors,
    });
  }

  private distribution(
    bucket: s3.Bucket,
    endpoints: {
      cognitoEndpoint: string;
      hostedUiDomain: string;
      apiUrl: string;
      identityEndpoint: string;
    },
  ): cloudfront.Distribution {
    const headers = securityHeaderSet(endpoints);
    const hsts = headers.strictTransportSecurity;
    const responseHeadersPolicy = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Security headers from server/hosting/security-headers.ts',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: headers.contentSecurityPolicy,
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(hsts.maxAgeSeconds),
          includeSubdomains: hsts.includeSubdomains,
          preload: hsts.preload,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: Object.entries(headers.custom).map(([header, value]) => ({
          header,
          value,
          override: true,
        })),
      },
      removeHeaders: ['Server'],
    });
    const spaRouting = new cloudfront.Function(this, 'SpaRouting', {
      runtime: cloudfront.FunctionRuntime.JS_2_0,
      code: cloudfront.FunctionCode.fromInline(SPA_ROUTING_FUNCTION),
      comment: 'SPA routes answer with index.html',
    });
    const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket);
    // index.html is revalidated on every load (min TTL 0 honours its no-cache); assets are immutable.
    const revalidate = new cloudfront.CachePolicy(this, 'RevalidatePolicy', {
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    return new cloudfront.Distribution(this, 'Site', {
      comment: `cognito-react-auth ${this.stackName}`,
      defaultRootObject: 'index.html',
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      defaultBehavior: {
        origin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: revalidate,
        responseHeadersPolicy,
        compress: true,
        functionAssociations: [
          { function: spaRouting, eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        [HASHED_ASSETS]: {
          origin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy,
          compress: true,
        },
      },
    });
  }

  private uploadSpa(bucket: s3.Bucket, spaDir: string): void {
    // Source maps and Vite's manifest stay on the build machine: they describe the source.
    const neverUpload = ['*.map', '.vite/*'];
    const assets = new s3deploy.BucketDeployment(this, 'SpaAssets', {
      destinationBucket: bucket,
      sources: [s3deploy.Source.asset(spaDir, { exclude: neverUpload })],
      exclude: ['*'],
      include: [HASHED_ASSETS],
      cacheControl: [s3deploy.CacheControl.fromString(YEAR)],
      prune: false,
      memoryLimit: 512,
    });
    const pages = new s3deploy.BucketDeployment(this, 'SpaPages', {
      destinationBucket: bucket,
      sources: [s3deploy.Source.asset(spaDir, { exclude: neverUpload })],
      exclude: [HASHED_ASSETS, ...neverUpload],
      cacheControl: [s3deploy.CacheControl.fromString(REVALIDATE)],
      prune: true,
      memoryLimit: 512,
    });
    // Pages after assets: a new index.html must never point at files not uploaded yet.
    pages.node.addDependency(assets);
  }
}

/**
 * The stage's stack in `app`. Environment-agnostic unless a region is known, so synth needs no
 * account; `cdk deploy` sets CDK_DEFAULT_ACCOUNT and CDK_DEFAULT_REGION from the profile.
 */
export function createStageStack(
  app: App,
  config: StageConfig,
  env: Record<string, string | undefined> = {},
): AppStack {
  return new AppStack(app, stackName(config.stage), {
    config,
    env: { account: env.CDK_DEFAULT_ACCOUNT, region: config.region ?? env.CDK_DEFAULT_REGION },
    description: `cognito-react-auth (${config.stage}): user pool, protected API, SPA hosting`,
    tags: { project: 'cognito-react-auth', stage: config.stage },
  });
}

/** Passkeys ask for a fingerprint, face or PIN when the device has one, as the local pool does. */
const PASSKEY_USER_VERIFICATION = cognito.PasskeyUserVerification.PREFERRED;

/** POOL.firstAuthFactors in the CDK's words, less what this stage's email setup cannot send. */
function firstFactors(config: StageConfig): cognito.AllowedFirstAuthFactors {
  const factors = new Set(firstAuthFactorsFor({ ses: config.fromEmail !== undefined }));
  return {
    password: factors.has('PASSWORD'),
    emailOtp: factors.has('EMAIL_OTP'),
    passkey: factors.has('WEB_AUTHN'),
  };
}
