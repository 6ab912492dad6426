import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { journeyFrom } from '../../../src/routing/journeyState';
import { renderJourney, setupCognito } from '../screens/support';

describe('journeyFrom', () => {
  it('prefers navigation state, then the ?email= of an email link, and ignores anything else', () => {
    expect(
      journeyFrom({ state: { email: 'state@example.com' }, search: '?email=link@x.io' }),
    ).toEqual({ email: 'state@example.com' });
    expect(journeyFrom({ state: null, search: '?email=%20ada%2Btag%40example.com%20' })).toEqual({
      email: 'ada+tag@example.com',
    });
    expect(journeyFrom({ state: null, search: '?code=123456' })).toEqual({});
    expect(journeyFrom({ state: null, search: `?email=${'a'.repeat(300)}` })).toEqual({});
  });

  it('fills in the email on sign-in and forgot password when the link carries it', async () => {
    setupCognito();
    const first = renderJourney('/sign-in?email=ada%40example.com');
    expect(await screen.findByLabelText('Email')).toHaveValue('ada@example.com');
    first.unmount();
    renderJourney('/forgot-password?email=ada%40example.com');
    expect(await screen.findByLabelText('Email')).toHaveValue('ada@example.com');
  });
});
