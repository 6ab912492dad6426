import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  COGNITO_SYMBOLS,
  newPasswordProblem,
} from '../../../src/components/form/passwordRules';
import type { PasswordPolicy } from '../../../src/config/env';

const full: PasswordPolicy = { minLength: 8, require: ['lower', 'upper', 'number', 'symbol'] };
const met = (password: string, policy = full) =>
  Object.fromEntries(checkPassword(password, policy).map((c) => [c.id, c.met]));

describe('checkPassword', () => {
  it('lists length first, then lower, upper, number, symbol (reading order)', () => {
    expect(checkPassword('', full).map((c) => c.id)).toEqual([
      'length',
      'lower',
      'upper',
      'number',
      'symbol',
    ]);
    expect(checkPassword('', full)[0]!.label).toBe('At least 8 characters');
  });

  it('ticks each rule independently', () => {
    expect(met('abc')).toEqual({
      length: false,
      number: false,
      symbol: false,
      upper: false,
      lower: true,
    });
    expect(met('ABC1')).toMatchObject({ number: true, upper: true, lower: false });
    expect(met('Corr3ct-Horse!')).toEqual({
      length: true,
      number: true,
      symbol: true,
      upper: true,
      lower: true,
    });
  });

  it("accepts every one of Cognito's symbols, space included, and nothing else", () => {
    for (const symbol of COGNITO_SYMBOLS)
      expect(met(symbol).symbol, JSON.stringify(symbol)).toBe(true);
    expect(COGNITO_SYMBOLS).toContain(' ');
    expect(COGNITO_SYMBOLS).toContain('\\');
    expect(COGNITO_SYMBOLS).toContain('`');
    for (const other of ['é', '€', '§', '£', 'a', '1'])
      expect(met(other).symbol, other).toBe(false);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(met('😀😀😀😀😀😀😀', { minLength: 8, require: [] }).length).toBe(false);
    expect(met('😀😀😀😀😀😀😀😀', { minLength: 8, require: [] }).length).toBe(true);
  });

  it('only lists the rules the pool requires', () => {
    expect(checkPassword('x', { minLength: 6, require: ['number'] }).map((c) => c.id)).toEqual([
      'length',
      'number',
    ]);
  });
});

describe('newPasswordProblem', () => {
  it('asks for a password when empty, names what is missing otherwise', () => {
    expect(newPasswordProblem('', full)).toBe('Enter a password.');
    expect(newPasswordProblem('', full, 'new password')).toBe('Enter a new password.');
    expect(newPasswordProblem('abcdefgh', full)).toBe(
      'The password does not meet every requirement below.',
    );
    expect(newPasswordProblem('Corr3ct-Horse!', full)).toBeUndefined();
  });
});
