import { describe, expect, it } from 'vitest';
import { cognitoPreconnectTags } from '../../../../src/auth/cognito/preconnect';

const aws = {
  VITE_COGNITO_REGION: 'eu-west-1',
  VITE_COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  VITE_COGNITO_CLIENT_ID: '1example23456789abcdefghij',
  VITE_API_URL: 'https://api.example.com/',
};

describe('cognitoPreconnectTags', () => {
  it("preconnects, anonymously, to the region's Cognito API", () => {
    expect(cognitoPreconnectTags(aws)).toEqual([
      {
        tag: 'link',
        attrs: {
          rel: 'preconnect',
          href: 'https://cognito-idp.eu-west-1.amazonaws.com',
          crossorigin: true,
        },
        injectTo: 'head-prepend',
      },
    ]);
  });

  it('follows an endpoint override, such as the local pool', () => {
    const [tag] = cognitoPreconnectTags({
      ...aws,
      VITE_COGNITO_USER_POOL_ID: 'local_7Xa9bC2d',
      VITE_COGNITO_ENDPOINT: 'http://localhost:9229',
    });
    expect(tag?.attrs?.href).toBe('http://localhost:9229');
  });

  it('adds nothing to a build whose config is invalid (the app shows what to fix)', () => {
    expect(cognitoPreconnectTags({ ...aws, VITE_COGNITO_REGION: undefined })).toEqual([]);
    expect(cognitoPreconnectTags({})).toEqual([]);
  });
});
