/**
 * A real `vite build` with no configuration stops before bundling, with the message naming the fix
 * (vite.config.ts's config-check plugin). It fails in configResolved, so it costs about a second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, expect, it } from 'vitest';

const envDir = mkdtempSync(path.join(os.tmpdir(), 'cra-empty-env-'));
const outDir = mkdtempSync(path.join(os.tmpdir(), 'cra-never-built-'));
afterAll(() => {
  rmSync(envDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
});

it('refuses to build the app without its configuration, and says which file to write', async () => {
  const started = Date.now();
  const attempt = build({
    configFile: path.resolve('vite.config.ts'),
    mode: 'production',
    // An empty env dir: a developer's own .env.production.local must not make this pass.
    envDir,
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  });
  await expect(attempt).rejects.toThrow(
    /This production build has no usable configuration[\s\S]*VITE_COGNITO_USER_POOL_ID is missing\. Set it in \.env\.production\.local and build again\.[\s\S]*npm run deploy/,
  );
  expect(Date.now() - started).toBeLessThan(10_000);
});
