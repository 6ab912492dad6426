/** Guards the base we build on: the layer reuses cognito-local internals that may move in other versions. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

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
});
