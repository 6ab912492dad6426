/**
 * Command-line parsing for `npm run provision`, kept pure (argv and env in, options or a usage
 * error out) so every flag combination is unit-tested without touching a pool.
 */
import { isValidDomainPrefix } from '../../server/pool/definition';

export interface ProvisionArgs {
  target: 'local' | 'aws';
  endpoint?: string;
  region: string;
  profile?: string;
  plan: boolean;
  envFile?: string | false;
  domainPrefix?: string;
  apiUrl?: string;
  help: boolean;
}

export type ParseResult = { ok: true; args: ProvisionArgs } | { ok: false; error: string };

export const USAGE = `Usage: npm run provision -- [options]

  --target local|aws    local (default): the local pool at --endpoint; aws: a real account
  --endpoint URL        Cognito endpoint (local default http://localhost:9229)
  --region R            AWS region (required for aws; default us-east-1 for local, or AWS_REGION)
  --profile P           AWS profile for credentials (aws only; default: the SDK's default chain)
  --plan                print what would change, change nothing
  --env-path PATH       where to write VITE_* values (default .env.development.local or
                        .env.staging.local); --no-env-file to write none
  --domain-prefix P     hosted UI domain prefix (aws only; default react-auth-<pool id suffix>)
  --api-url URL         VITE_API_URL (default http://localhost:3001)
  -h, --help            this text`;

const WITH_VALUE = new Set([
  '--target',
  '--endpoint',
  '--region',
  '--profile',
  '--env-path',
  '--domain-prefix',
  '--api-url',
]);

export function parseProvisionArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {},
): ParseResult {
  const values = new Map<string, string>();
  let plan = false;
  let help = false;
  let noEnvFile = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--plan' || name === '--dry-run') plan = true;
    else if (name === '-h' || name === '--help') help = true;
    else if (name === '--no-env-file') noEnvFile = true;
    else if (WITH_VALUE.has(name)) {
      const value = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '' || value.startsWith('--'))
        return { ok: false, error: `${name} needs a value.` };
      values.set(name, value);
    } else {
      return { ok: false, error: `Unknown option: ${arg}` };
    }
  }
  const target = values.get('--target') ?? 'local';
  if (target !== 'local' && target !== 'aws')
    return { ok: false, error: `--target must be local or aws, not "${target}".` };
  const region =
    values.get('--region') ??
    env.AWS_REGION ??
    env.AWS_DEFAULT_REGION ??
    (target === 'local' ? 'us-east-1' : undefined);
  if (region === undefined)
    return { ok: false, error: '--target aws needs --region (or AWS_REGION).' };
  if (!/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d{1,2}$/.test(region))
    return { ok: false, error: `Not an AWS region: "${region}".` };
  if (target === 'local' && values.has('--profile'))
    return { ok: false, error: '--profile only applies to --target aws.' };
  if (target === 'local' && values.has('--domain-prefix'))
    return { ok: false, error: '--domain-prefix only applies to --target aws.' };
  const prefix = values.get('--domain-prefix');
  if (prefix !== undefined && !isValidDomainPrefix(prefix)) {
    return {
      ok: false,
      error: `--domain-prefix "${prefix}": lowercase letters, digits and hyphens, without aws, amazon or cognito.`,
    };
  }
  for (const flag of ['--endpoint', '--api-url']) {
    const url = values.get(flag);
    if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url))
      return { ok: false, error: `${flag} must be an http(s) URL.` };
  }
  if (noEnvFile && values.has('--env-path'))
    return { ok: false, error: 'Use either --env-path or --no-env-file.' };
  const args: ProvisionArgs = { target, region, plan, help };
  const endpoint = values.get('--endpoint')?.replace(/\/+$/, '');
  if (endpoint !== undefined) args.endpoint = endpoint;
  if (values.has('--profile')) args.profile = values.get('--profile');
  if (noEnvFile) args.envFile = false;
  else if (values.has('--env-path')) args.envFile = values.get('--env-path');
  if (prefix !== undefined) args.domainPrefix = prefix;
  if (values.has('--api-url')) args.apiUrl = values.get('--api-url')!.replace(/\/+$/, '');
  return { ok: true, args };
}
