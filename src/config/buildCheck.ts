/**
 * The build-time side of readConfig, for vite.config.ts: it runs the check before a production
 * build, so a bundle that could only show "The app is not configured" is never made, and it reads
 * the brand for index.html. The app never imports this module; it sits beside env.ts so the build
 * and the browser judge a config by the same code.
 */
// With extensions, unlike the rest of src/: vite.config.ts loads this chain, and Vite's coming
// native config loader resolves only imports that name their file.
import { DEFAULT_BRAND, type Brand } from './brand.ts';
import { envFileAdvice, readConfig } from './env.ts';

type Env = Parameters<typeof readConfig>[0];

/** Set to 1 to build anyway (tests of the configuration page build a misconfigured app on purpose). */
export const SKIP_CONFIG_CHECK = 'SKIP_CONFIG_CHECK';

// Only redirect defaults derive from the origin, and the build leaves those to the page's own
// origin at run time; any well-formed origin validates the same way.
const ANY_ORIGIN = 'https://app.example';

/** Null when the config is valid; otherwise the message `vite build` fails with, naming the fix. */
export function buildConfigFailure(viteEnv: Env): string | null {
  // Vite derives PROD from NODE_ENV, which a build under a test runner may leave at "test"; this is
  // a build all the same, so each fix must say to build again.
  const env = { ...viteEnv, PROD: true };
  const result = readConfig(env, ANY_ORIGIN);
  if (result.ok) return null;
  const { mode, file } = envFileAdvice(env);
  return [
    `This ${mode} build has no usable configuration: the app would only show "The app is not configured".`,
    ...result.issues.map((issue) => `  ${issue.variable} ${issue.problem} ${issue.fix}`),
    '',
    `A build reads ${file} (and .env.${mode}, .env, and VITE_* variables in the environment), not .env.development.local. Either:`,
    `  - write ${file} with your pool's values (README, "Use your own pool");`,
    `  - try the build against the local stack (npm run dev running), with the preview's own redirect URLs:`,
    `    grep -v '^VITE_REDIRECT_' .env.development.local > ${file}`,
    '  - or let a command write the file: npm run deploy -- --stage <stage> --region <region> deploys to AWS',
    '    and builds mode <stage> itself; npm run provision -- --target aws --region <region> makes a pool',
    '    alone and writes .env.staging.local (then npm run build -- --mode staging).',
    `(${SKIP_CONFIG_CHECK}=1 builds anyway, for testing the configuration page.)`,
  ].join('\n');
}

/** The brand index.html should carry: the configured one, or the default while the config is bad. */
export function buildBrand(env: Env): Brand {
  const result = readConfig(env, ANY_ORIGIN);
  return result.ok ? result.config.brand : DEFAULT_BRAND;
}
