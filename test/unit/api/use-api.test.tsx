import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useApi } from '../../../src/api';
import { createMemoryStorage, TokenStore } from '../../../src/auth/storage';
import { createCognitoFake } from '../../support/cognito-http-fake';
import { server } from '../../support/msw-server';
import { renderWithProviders, TEST_API_URL, testAppConfig } from '../../support/render';

function Hello() {
  const api = useApi();
  const [text, setText] = useState('…');
  useEffect(() => {
    const controller = new AbortController();
    api
      .getJson<{ message: string }>('/hello', { signal: controller.signal })
      .then((r) => setText(r.message))
      .catch((e: unknown) => setText(`error: ${(e as Error).message}`));
    return () => controller.abort();
  }, [api]);
  return <p>{text}</p>;
}

describe('useApi', () => {
  it("calls the API with the session's access token", async () => {
    const fake = createCognitoFake();
    fake.addUser({ username: 'ada@example.com', password: 'x' });
    const tokens = fake.issueTokens('ada@example.com');
    const storage = createMemoryStorage();
    new TokenStore(storage, testAppConfig().clientId).write({ tokens, signInMethod: 'password' });
    const received: (string | null)[] = [];
    server.use(
      fake.handler,
      http.get(`${TEST_API_URL}/hello`, ({ request }) => {
        received.push(request.headers.get('authorization'));
        return HttpResponse.json({ message: 'Hello, Ada' });
      }),
    );
    renderWithProviders(<Hello />, { storage });
    expect(await screen.findByText('Hello, Ada')).toBeInTheDocument();
    expect(received.at(-1)).toBe(`Bearer ${tokens.accessToken}`);
    expect(fake.calls).toHaveLength(0);
  });
});
