import { describe, expect, it } from 'vitest';
import { buildBrand, buildConfigFailure } from '../../../src/config/buildCheck';

// What Vite hands a production build's plugins as config.env.
const BUILD = { MODE: 'production', PROD: true, DEV: false, BASE_URL: '/' };
const VALID = {
  ...BUILD,
  VITE_COGNITO_REGION: 'eu-west-1',
  VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  VITE_COGNITO_CLIENT_ID: '1example23456789abcdefghij',
  VITE_API_URL: 'https://api.example.com',
};

describe('buildConfigFailure', () => {
  it('passes a configured build', () => {
    expect(buildConfigFailure(VALID)).toBeNull();
  });

  it('stops an unconfigured production build, naming each variable, the file and the commands', () => {
    const message = buildConfigFailure(BUILD);
    expect(message).not.toBeNull();
    expect(message).toContain('This production build has no usable configuration');
    for (const variable of [
      'VITE_COGNITO_REGION',
      'VITE_COGNITO_USER_POOL_ID',
      'VITE_COGNITO_CLIENT_ID',
      'VITE_API_URL',
    ]) {
      expect(message).toContain(`  ${variable} is missing. Set it in .env.production.local`);
    }
    expect(message).toContain('write .env.production.local');
    expect(message).toContain(
      "grep -v '^VITE_REDIRECT_' .env.development.local > .env.production.local",
    );
    expect(message).toContain('npm run deploy -- --stage <stage>');
    expect(message).toContain('npm run provision -- --target aws');
  });

  it("names the mode's own file for another mode", () => {
    const message = buildConfigFailure({ ...BUILD, MODE: 'staging' });
    expect(message).toContain('This staging build');
    expect(message).toContain('Set it in .env.staging.local and build again.');
  });

  it('judges by the same rules as the app: a malformed value fails too', () => {
    expect(buildConfigFailure({ ...VALID, VITE_BRAND_PRIMARY: 'purple' })).toMatch(
      /VITE_BRAND_PRIMARY is not a hex colour: "purple"/,
    );
  });
});

describe('buildBrand', () => {
  it('gives index.html the configured brand, or the default while the config is bad', () => {
    expect(buildBrand({ ...VALID, VITE_BRAND_NAME: 'Acme Login' }).name).toBe('Acme Login');
    expect(buildBrand({ ...BUILD, VITE_BRAND_NAME: 'Acme Login' }).name).toBe('Cognito React Auth');
  });
});
