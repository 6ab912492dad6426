/**
 * The pure half of `npm run deploy` / `npm run destroy`: flags in, the CDK command lines and the
 * app's env file out. Kept free of I/O so every flag and the outputs-to-env mapping are unit-tested
 * without an AWS account; infra/deploy.ts runs what this plans.
 */
import { passwordPolicyEnv, SPA_OAUTH_SCOPES } from '../server/pool/definition';
import { readStageConfig, stackName, type StageConfig } from './config';

export type Command = 'deploy' | 'destroy';

export interface DeployArgs {
  command: Command;
  stage: string;
  profile?: string;
  /** Every -c key=value for the CDK app (stage included), already validated by readStageConfig. */
  context: Record<string, string>;
  config: StageConfig;
  help: boolean;
}

export type ParsedArgs = { ok: true; args: DeployArgs } | { ok: false; error: string };

export const USAGE = `Usage: npm run deploy -- --stage <name> [options]
       npm run destroy -- --stage <name> [--region R] [--profile P]

  --stage NAME              required: names the stack (CognitoReactAuth-NAME); prod/production
                            are production stages (pool retained, deletion protection, no localhost)
  --region R                AWS region (default: the profile's, or AWS_REGION)
  --profile P               AWS named profile (default: the SDK's default credential chain)
  --production              treat another stage name as production
  --from-email ADDRESS      send Cognito's email through SES from this verified identity
  --from-name NAME          sender name with --from-email
  --ses-region R            SES region, when it differs from the stack's
  --domain-prefix P         hosted UI prefix (default react-auth-<stage>-<account id>)
  --auth-domain D           custom hosted-UI domain instead, with
  --auth-certificate-arn A  its ACM certificate (in us-east-1)
  -h, --help                this text`;

/** Flag → CDK context key (the app reads them with readStageConfig). */
const FLAGS: Record<string, string> = {
  '--stage': 'stage',
  '--region': 'region',
  '--from-email': 'fromEmail',
  '--from-name': 'fromName',
  '--ses-region': 'sesRegion',
  '--domain-prefix': 'domainPrefix',
  '--auth-domain': 'authDomain',
  '--auth-certificate-arn': 'authCertificateArn',
  '--app-domain': 'appDomain',
};

const DESTROY_FLAGS = new Set(['--stage', '--region', '--profile']);

export function parseDeployArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (command !== 'deploy' && command !== 'destroy')
    return {
      ok: false,
      error: `First argument must be deploy or destroy, not "${command ?? ''}".`,
    };
  const context: Record<string, string> = {};
  let profile: string | undefined;
  let help = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '-h' || name === '--help') {
      help = true;
      continue;
    }
    if (command === 'destroy' && !DESTROY_FLAGS.has(name))
      return {
        ok: false,
        error: `destroy takes only --stage, --region and --profile, not ${name}.`,
      };
    if (name === '--production') {
      context.production = 'true';
      continue;
    }
    if (name !== '--profile' && !(name in FLAGS))
      return { ok: false, error: `Unknown option: ${arg}` };
    const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || value.startsWith('--'))
      return { ok: false, error: `${name} needs a value.` };
    if (name === '--profile') profile = value;
    else context[FLAGS[name]!] = value;
  }
  if (help) {
    return {
      ok: true,
      args: {
        command,
        stage: '',
        context,
        config: emptyConfig(),
        help,
        ...(profile ? { profile } : {}),
      },
    };
  }
  if (context.stage === undefined)
    return { ok: false, error: '--stage is required, e.g. npm run deploy -- --stage staging.' };
  const result = readStageConfig(context);
  if (!result.ok) return { ok: false, error: result.problems.join('\n') };
  return {
    ok: true,
    args: {
      command,
      stage: result.config.stage,
      context,
      config: result.config,
      help,
      ...(profile ? { profile } : {}),
    },
  };
}

function emptyConfig(): StageConfig {
  return { stage: '', production: false, allowLocalhost: false };
}

/** Where a stage's build goes (git-ignored); its presence lets a re-deploy keep the uploaded site. */
export const spaDirFor = (stage: string): string => `dist-${stage}`;
export const outputsFileFor = (stage: string): string => `cdk.out/outputs-${stage}.json`;
export const envFileFor = (stage: string): string => `.env.${stage}.local`;

/** `cdk <command> ...` for one pass; spaDir is added on the pass that uploads the build. */
export function cdkArgs(args: DeployArgs, options: { spaDir?: string } = {}): string[] {
  const context = { ...args.context, ...(options.spaDir ? { spaDir: options.spaDir } : {}) };
  const common = [
    stackName(args.stage),
    ...Object.entries(context).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
    ...(args.profile ? ['--profile', args.profile] : []),
    '--no-notices',
  ];
  if (args.command === 'destroy') return ['destroy', ...common, '--force'];
  return [
    'deploy',
    ...common,
    // The stack holds IAM roles and policies; the command is explicit, so no prompt mid-run.
    '--require-approval',
    'never',
    '--outputs-file',
    outputsFileFor(args.stage),
  ];
}

export interface StackOutputs {
  Region: string;
  UserPoolId: string;
  SpaClientId: string;
  HostedUiDomain: string;
  ApiUrl: string;
  AppUrl: string;
  /** Absent from stacks deployed before the identity pool existed. */
  IdentityPoolId?: string;
}

const REQUIRED_OUTPUTS: ReadonlyArray<keyof StackOutputs> = [
  'Region',
  'UserPoolId',
  'SpaClientId',
  'HostedUiDomain',
  'ApiUrl',
  'AppUrl',
];

/** The stack's outputs from `cdk deploy --outputs-file` (keyed by stack name). */
export function readOutputs(file: unknown, stage: string): StackOutputs {
  const outputs = (file as Record<string, Record<string, string> | undefined>)[stackName(stage)];
  const missing = REQUIRED_OUTPUTS.filter((key) => typeof outputs?.[key] !== 'string');
  if (outputs === undefined || missing.length > 0) {
    throw new Error(
      `The outputs of ${stackName(stage)} lack ${missing.join(', ')}; was the deployment complete?`,
    );
  }
  return outputs as unknown as StackOutputs;
}

/**
 * The app's VITE_* values for a deployed stage. The redirect URLs are left out on purpose: the app
 * then uses its own origin, which is right both on CloudFront and for `npm run dev -- --mode <stage>`
 * on localhost (a throw-away stage's client lists both).
 */
export function appEnvFromOutputs(outputs: StackOutputs): Record<string, string> {
  return {
    VITE_COGNITO_REGION: outputs.Region,
    VITE_COGNITO_USER_POOL_ID: outputs.UserPoolId,
    VITE_COGNITO_CLIENT_ID: outputs.SpaClientId,
    VITE_COGNITO_DOMAIN: outputs.HostedUiDomain,
    VITE_API_URL: outputs.ApiUrl,
    VITE_PASSWORD_POLICY: passwordPolicyEnv(),
    VITE_OAUTH_SCOPES: SPA_OAUTH_SCOPES.join(','),
    ...(outputs.IdentityPoolId ? { VITE_IDENTITY_POOL_ID: outputs.IdentityPoolId } : {}),
  };
}
