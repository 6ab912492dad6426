/**
 * Builds the Amplify <Authenticator> reference app (bench/amplify-app/) for production, pointed at
 * the bench's local pool; the bench serves it with the same `serveApp` as the project's build.
 */
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const ROOT = path.resolve('bench/amplify-app');

export interface AmplifyPool {
  userPoolId: string;
  userPoolClientId: string;
  endpoint: string;
}

export async function buildAmplifyApp(pool: AmplifyPool, outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  // As in buildApp: Vitest's NODE_ENV would otherwise select packages' development builds.
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: false,
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      plugins: [react()],
      // Amplify's bundled Buffer polyfill expects Node's `global`, like the Cognito SDK.
      define: { global: 'globalThis', __AMPLIFY_POOL__: JSON.stringify(pool) },
      // Amplify's main chunk is large; that is the reference's size, not something to warn about here.
      build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
