/**
 * Unit and screen tests: jest-dom matchers, an HTTP-level fake network, all of English, and a clean
 * DOM per test.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ensureEnglishLazy } from '../../src/i18n/translator';
import { server } from './msw-server';

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // Screen tests render lazy screens directly, not through routes.tsx that loads their English.
  await ensureEnglishLazy();
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
});
afterAll(() => server.close());
