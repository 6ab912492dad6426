/**
 * `npm run deploy -- --stage <name>` and `npm run destroy -- --stage <name>`.
 *
 * Deploy builds the SPA after the backend exists, so the bundle carries the real pool, client and API
 * (no runtime config file, no extra request before /sign-in can render):
 *   1. cdk deploy: pool, API, bucket, CloudFront (keeping the last uploaded build, if any);
 *   2. write .env.<stage>.local from the stack's outputs (also what `npm run dev -- --mode <stage>` reads);
 *   3. vite build --mode <stage> into dist-<stage>, without source maps;
 *   4. cdk deploy again with that build: uploads it (hashed assets first, then index.html).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { mergeEnvFile } from '../local/provision/env-file';
import {
  appEnvFromOutputs,
  cdkArgs,
  envFileFor,
  outputsFileFor,
  parseDeployArgs,
  readOutputs,
  spaDirFor,
  USAGE,
  type DeployArgs,
} from './cli';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args[0]} failed (exit ${result.status}).`);
}

const cdk = (args: string[]) =>
  run('npx', ['cdk', ...args], { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' });

async function deploy(args: DeployArgs): Promise<void> {
  const spaDir = spaDirFor(args.stage);
  const previousBuild = existsSync(path.join(spaDir, 'index.html')) ? spaDir : undefined;
  cdk(cdkArgs(args, { spaDir: previousBuild }));

  const outputs = readOutputs(
    JSON.parse(readFileSync(outputsFileFor(args.stage), 'utf8')),
    args.stage,
  );
  const envFile = envFileFor(args.stage);
  await mergeEnvFile(
    path.resolve(envFile),
    appEnvFromOutputs(outputs),
    `Written by npm run deploy -- --stage ${args.stage} from the stack's outputs. Deploy updates only its own keys.`,
  );
  console.log(`\nWrote ${envFile}.`);

  run(
    'npx',
    [
      'vite',
      'build',
      '--mode',
      args.stage,
      '--outDir',
      spaDir,
      '--emptyOutDir',
      '--sourcemap',
      'false',
    ],
    {
      ...process.env,
      NODE_ENV: 'production',
    },
  );
  cdk(cdkArgs(args, { spaDir }));

  console.log(`\nDeployed stage ${args.stage}.`);
  console.log(`  App:       ${outputs.AppUrl}`);
  console.log(`  API:       ${outputs.ApiUrl}`);
  console.log(`  Hosted UI: ${outputs.HostedUiDomain}`);
  console.log(`  Local dev against it: npm run dev -- --mode ${args.stage}`);
  console.log('  (CloudFront may take a few minutes to answer on a new distribution.)');
}

function destroy(args: DeployArgs): void {
  if (args.config.production) {
    throw new Error(
      `Stage ${args.stage} is a production stage: its pool and bucket are retained. Delete the stack in the CloudFormation console if you really mean it.`,
    );
  }
  cdk(cdkArgs(args));
  for (const leftover of [envFileFor(args.stage), spaDirFor(args.stage)]) {
    rmSync(leftover, { recursive: true, force: true });
  }
  console.log(
    `\nDestroyed stage ${args.stage}; removed ${envFileFor(args.stage)} and ${spaDirFor(args.stage)}/.`,
  );
}

async function main(): Promise<void> {
  const parsed = parseDeployArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(`${parsed.error}\n\n${USAGE}`);
    process.exit(2);
  }
  const { args } = parsed;
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (args.command === 'deploy') await deploy(args);
  else destroy(args);
}

main().catch((error: unknown) => {
  console.error(
    `${process.argv[2] ?? 'deploy'}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
