/** Guards the base we build on: the layer reuses cognito-local internals that may move in other versions. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('cognito-local pin', () => {
  it('is exactly 5.3.0', () => {
    const pkg = JSON.parse(
      readFileSync(
        new URL('../../../node_modules/cognito-local/package.json', import.meta.url),
        'utf8',
      ),
    ) as {
      version: string;
    };
    expect(
      pkg.version,
      'local/cognito reuses cognito-local 5.3.0 internals; re-check them before changing the version',
    ).toBe('5.3.0');
  });

  // An emulator and its bundled private key have no place in a production install.
  it('is a development dependency only, pinned exactly, and never imported by the app', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(pkg.dependencies?.['cognito-local']).toBeUndefined();
    expect(pkg.devDependencies?.['cognito-local']).toBe('5.3.0');

    const importers = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
      .filter((file) => /\.(ts|tsx|js|jsx)$/.test(file))
      .filter((file) => readFileSync(join(root, 'src', file), 'utf8').includes('cognito-local'));
    expect(importers).toEqual([]);
  });
});
