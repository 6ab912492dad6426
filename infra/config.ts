/**
 * A stage's settings for the CDK app, from CDK context (`-c stage=dev -c fromEmail=...`), validated
 * in one place so a typo stops `cdk synth` with a sentence instead of a CloudFormation error minutes
 * into a deployment. Pure: context in, settings or problems out.
 */
import { isValidDomainPrefix } from '../server/pool/definition';

export interface StageConfig {
  /** Names the stack (CognitoReactAuth-<stage>) and everything in it. */
  stage: string;
  /**
   * Production keeps its user pool and bucket when the stack is deleted (RETAIN, deletion protection)
   * and accepts no localhost redirects or CORS origins; every other stage is throw-away.
   */
  production: boolean;
  /** Region to deploy to; CDK_DEFAULT_REGION (the CLI's profile) when absent. */
  region?: string;
  /** Verified SES identity to send Cognito's email from; Cognito's own sender when absent. */
  fromEmail?: string;
  fromName?: string;
  /** SES region when it differs from the stack's (SES is not in every region Cognito is). */
  sesRegion?: string;
  /** Hosted UI prefix (<prefix>.auth.<region>.amazoncognito.com); default react-auth-<stage>-<account>. */
  domainPrefix?: string;
  /** A custom hosted-UI domain and its ACM certificate (which must live in us-east-1). */
  authDomain?: { domainName: string; certificateArn: string };
  /**
   * The domain people open the app on when it is not CloudFront's own (a CNAME you point at the
   * distribution): it becomes the passkey relying party. Without it, the CloudFront domain is.
   */
  appDomain?: string;
  /** Directory of the built SPA to upload; absent on the first pass and in `npm run synth`. */
  spaDir?: string;
  /** Whether localhost dev servers may use this stage (redirect URLs and API CORS). */
  allowLocalhost: boolean;
}

export type StageConfigResult =
  { ok: true; config: StageConfig } | { ok: false; problems: string[] };

const STAGE = /^[a-z][a-z0-9-]{0,19}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const ACM_ARN = /^arn:aws[\w-]*:acm:us-east-1:\d{12}:certificate\/[\w-]+$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/;
export const PRODUCTION_STAGES: readonly string[] = ['prod', 'production'];

type Context = Record<string, unknown>;

/** Every `-c key=value` the app reads; infra/cli.ts passes its flags under the same names. */
export const CONTEXT_KEYS = [
  'stage',
  'region',
  'production',
  'allowLocalhost',
  'fromEmail',
  'fromName',
  'sesRegion',
  'domainPrefix',
  'authDomain',
  'authCertificateArn',
  'appDomain',
  'spaDir',
] as const;

function text(context: Context, key: string): string | undefined {
  const value = context[key];
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

function flag(context: Context, key: string): boolean | undefined {
  const value = text(context, key);
  if (value === undefined) return undefined;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function readStageConfig(context: Context): StageConfigResult {
  const problems: string[] = [];
  const stage = text(context, 'stage') ?? 'dev';
  if (!STAGE.test(stage)) {
    problems.push(
      `stage "${stage}": use 1-20 lowercase letters, digits and hyphens, starting with a letter (e.g. --stage staging).`,
    );
  }
  const productionFlag = flag(context, 'production');
  if (text(context, 'production') !== undefined && productionFlag === undefined)
    problems.push('production must be true or false.');
  const production = productionFlag ?? PRODUCTION_STAGES.includes(stage);

  const config: StageConfig = {
    stage,
    production,
    allowLocalhost: !production,
  };
  const localhost = text(context, 'allowLocalhost');
  if (localhost !== undefined) {
    const parsed = flag(context, 'allowLocalhost');
    if (parsed === undefined) problems.push('allowLocalhost must be true or false.');
    else config.allowLocalhost = parsed;
  }

  const region = text(context, 'region');
  if (region !== undefined) {
    if (!REGION.test(region)) problems.push(`region "${region}" is not an AWS region.`);
    config.region = region;
  }

  const fromEmail = text(context, 'fromEmail');
  if (fromEmail !== undefined) {
    if (!EMAIL.test(fromEmail))
      problems.push(`fromEmail "${fromEmail}" is not an email address (a verified SES identity).`);
    config.fromEmail = fromEmail;
  }
  const fromName = text(context, 'fromName');
  if (fromName !== undefined) {
    if (fromEmail === undefined) problems.push('fromName needs fromEmail (SES) as well.');
    config.fromName = fromName;
  }
  const sesRegion = text(context, 'sesRegion');
  if (sesRegion !== undefined) {
    if (!REGION.test(sesRegion)) problems.push(`sesRegion "${sesRegion}" is not an AWS region.`);
    if (fromEmail === undefined) problems.push('sesRegion needs fromEmail (SES) as well.');
    config.sesRegion = sesRegion;
  }

  const domainPrefix = text(context, 'domainPrefix');
  if (domainPrefix !== undefined) {
    if (!isValidDomainPrefix(domainPrefix))
      problems.push(
        `domainPrefix "${domainPrefix}": lowercase letters, digits and hyphens, without aws, amazon or cognito.`,
      );
    config.domainPrefix = domainPrefix;
  }
  const authDomain = text(context, 'authDomain');
  const certificateArn = text(context, 'authCertificateArn');
  if ((authDomain === undefined) !== (certificateArn === undefined)) {
    problems.push('authDomain and authCertificateArn go together (a custom hosted-UI domain).');
  } else if (authDomain !== undefined && certificateArn !== undefined) {
    if (!DOMAIN.test(authDomain)) problems.push(`authDomain "${authDomain}" is not a domain name.`);
    if (!ACM_ARN.test(certificateArn))
      problems.push(
        `authCertificateArn must be an ACM certificate in us-east-1 (CloudFront's region); got "${certificateArn}".`,
      );
    if (domainPrefix !== undefined)
      problems.push('Use either domainPrefix or authDomain, not both.');
    config.authDomain = { domainName: authDomain, certificateArn };
  }

  const appDomain = text(context, 'appDomain');
  if (appDomain !== undefined) {
    // Cognito's WebAuthnRelyingPartyId takes at most 63 characters.
    if (!DOMAIN.test(appDomain) || appDomain.length > 63)
      problems.push(
        `appDomain "${appDomain}" is not a domain name of at most 63 characters (e.g. app.example.com).`,
      );
    config.appDomain = appDomain;
  }

  const spaDir = text(context, 'spaDir');
  if (spaDir !== undefined) config.spaDir = spaDir;

  return problems.length > 0 ? { ok: false, problems } : { ok: true, config };
}

export function stackName(stage: string): string {
  return `CognitoReactAuth-${stage}`;
}
