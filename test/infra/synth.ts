/**
 * Synthesizes the CDK app for a stage into a temporary cloud assembly, as `cdk synth` would, so the
 * tests read the very templates (and staged assets) a deployment would upload. No credentials, no
 * network: the stack is environment-agnostic and the Lambda bundles are built with the local esbuild.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { readStageConfig } from '../../infra/config';
import { createStageStack, type AppStack } from '../../infra/stack';

export interface Synthesized {
  template: Template;
  templatePath: string;
  outdir: string;
  stack: AppStack;
}

export function synthStage(context: Record<string, string>): Synthesized {
  const result = readStageConfig(context);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'cra-cdk-'));
  const app = new App({ outdir });
  const stack = createStageStack(app, result.config);
  const assembly = app.synth();
  return {
    template: Template.fromStack(stack),
    templatePath: assembly.getStackByName(stack.stackName).templateFullPath,
    outdir,
    stack,
  };
}
