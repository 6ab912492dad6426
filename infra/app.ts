/**
 * The CDK app (`cdk.json` runs it): one stack per stage, configured from CDK context. `npm run synth`
 * runs it with no credentials and no network; `npm run deploy` runs it twice (see infra/deploy.ts).
 */
import { App } from 'aws-cdk-lib';
import { CONTEXT_KEYS, readStageConfig } from './config';
import { createStageStack } from './stack';

const app = new App();
const result = readStageConfig(
  Object.fromEntries(CONTEXT_KEYS.map((key) => [key, app.node.tryGetContext(key) as unknown])),
);
if (!result.ok) {
  for (const problem of result.problems) console.error(`infra: ${problem}`);
  process.exit(2);
}
createStageStack(app, result.config, process.env);
app.synth();
