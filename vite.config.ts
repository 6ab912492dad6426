/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { endpointsFromEnv, securityHeaders } from './server/hosting/security-headers.ts';
import { cognitoPreconnectTags } from './src/auth/cognito/preconnect';
import { DEFAULT_BRAND } from './src/config/brand.ts';
import { buildBrand, buildConfigFailure, SKIP_CONFIG_CHECK } from './src/config/buildCheck.ts';

function cognitoPreconnect(): Plugin {
  let env: Record<string, string | undefined> = {};
  return {
    name: 'cognito-preconnect',
    configResolved: (config) => void (env = config.env),
    transformIndexHtml: () => cognitoPreconnectTags(env),
  };
}

/**
 * A production build checks its VITE_* values with the app's own validation and stops, naming the
 * file to write, instead of shipping a bundle that can only show the configuration page. The dev
 * server keeps showing that page: there the fix is one edit and a restart away.
 */
function configCheck(): Plugin {
  return {
    name: 'config-check',
    apply: 'build',
    configResolved(config) {
      if (process.env[SKIP_CONFIG_CHECK] === '1') return;
      const failure = buildConfigFailure(config.env);
      if (failure === null) return;
      const error = new Error(failure);
      // Vite prints the stack; this one would point into Vite's internals, not at the problem.
      error.stack = failure;
      throw error;
    },
  };
}

// The four characters that could end a text node or an attribute value early. Hand-written: the
// input is the team's own build-time config, not a visitor's, and Vite exports no escaper.
const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** The brand's name and logo in index.html: the tab title and favicon before any script runs. */
function brandHtml(): Plugin {
  let brand = DEFAULT_BRAND;
  return {
    name: 'brand-html',
    configResolved: (config) => void (brand = buildBrand(config.env)),
    transformIndexHtml: (html) =>
      html
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(brand.name)}</title>`)
        .replace(/(<link rel="icon"[^>]*href=")[^"]*"/, `$1${escapeHtml(brand.logo)}"`),
  };
}

/**
 * react-router's package exports point every condition at its development build (remix-run/
 * react-router#12437, "temporary" since 7.0), so a production bundle carries its dev warnings.
 * Builds take the production files the package also ships.
 */
const reactRouterProduction = [
  {
    find: /^react-router$/,
    replacement: fileURLToPath(
      new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
    ),
  },
  {
    find: /^react-router\/dom$/,
    replacement: fileURLToPath(
      new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url),
    ),
  },
];

export default defineConfig(({ command, mode, isPreview }) => ({
  plugins: [configCheck(), react(), cognitoPreconnect(), brandHtml()],
  resolve: { alias: command === 'build' ? reactRouterProduction : [] },
  // amazon-cognito-identity-js (through its `buffer` dependency) expects Node's `global`.
  define: { global: 'globalThis' },
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: {
    port: 4173,
    host: 'localhost',
    // The headers CloudFront sends (one module for both), for the endpoints this mode's build uses.
    headers: isPreview
      ? securityHeaders(endpointsFromEnv(loadEnv(mode, process.cwd(), 'VITE_')))
      : {},
  },
  build: {
    manifest: true,
    // Maps carry the full sources; they stay out of what is deployed. The bench builds its own
    // hidden maps (test/support/app-build.ts).
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk: rolldown otherwise splits modules shared
        // with lazy screens into many tiny files, and each costs a request and compresses worse.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  test: {
    // Vitest's default on two cores is one worker, which runs every file in turn. Two let the unit,
    // integration and infra files share the machine with the browser files (those stay one at a
    // time): 505 s → 436 s for `npm test`, measured on this 2-core machine.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/support/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'infra',
          environment: 'node',
          include: ['test/infra/**/*.test.ts'],
          // Synthesizing bundles four Lambda functions with esbuild: seconds, not milliseconds.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: a 2-core machine thrashes with more.
          fileParallelism: false,
        },
      },
    ],
  },
}));
