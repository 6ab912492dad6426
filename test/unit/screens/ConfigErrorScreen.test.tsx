import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { readConfig } from '../../../src/config/env';
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
