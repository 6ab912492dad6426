import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { envFileAdvice, readConfig } from '../../../src/config/env';
import { ConfigErrorScreen } from '../../../src/screens/ConfigErrorScreen';

it('names each bad variable and announces the problem', () => {
  const result = readConfig({ VITE_COGNITO_REGION: 'moon-1' }, 'http://localhost:5173');
  if (result.ok) throw new Error('expected issues');
  render(<ConfigErrorScreen issues={result.issues} />);
  expect(screen.getByRole('heading', { name: 'The app is not configured' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('4 settings need fixing');
  for (const variable of [
    'VITE_COGNITO_REGION',
    'VITE_COGNITO_USER_POOL_ID',
    'VITE_COGNITO_CLIENT_ID',
    'VITE_API_URL',
  ]) {
    expect(screen.getByText(variable)).toBeInTheDocument();
  }
  expect(screen.getByText(/not an AWS region: "moon-1"/)).toBeInTheDocument();
});

it("names the env file of the mode the app runs in: npm run dev's, or a build's", () => {
  const result = readConfig({ MODE: 'production', PROD: true }, 'http://localhost:4173');
  if (result.ok) throw new Error('expected issues');
  const { unmount } = render(<ConfigErrorScreen issues={result.issues} />);
  expect(screen.getByText(/Running locally\?/)).toHaveTextContent(
    'npm run dev provisions the local pool and writes .env.development.local for you.',
  );
  unmount();

  render(
    <ConfigErrorScreen
      issues={result.issues}
      advice={envFileAdvice({ MODE: 'production', PROD: true })}
    />,
  );
  const advice = screen.getByText(/This build reads/);
  expect(advice).toHaveTextContent(
    'This build reads .env.production.local: write the values there and build again.',
  );
  expect(advice).toHaveTextContent('npm run deploy');
  expect(screen.queryByText(/npm run dev provisions/)).toBeNull();
});
