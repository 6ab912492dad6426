import { describe, expect, it } from 'vitest';
import { stripAttributePrefix } from '../../../src/auth/cognito/services';
import { attributeField, humanizeAttribute } from '../../../src/components/form/attributes';
import { codeProblem, emailProblem } from '../../../src/components/form/validation';

describe('attribute labels', () => {
  it('uses the map for known attributes and humanises the rest', () => {
    expect(attributeField('name')).toMatchObject({ label: 'Name', autoComplete: 'name' });
    expect(attributeField('family_name')).toMatchObject({
      label: 'Family name',
      autoComplete: 'family-name',
    });
    expect(attributeField('custom:company_size').label).toBe('Company size');
    expect(humanizeAttribute('favourite_colour')).toBe('Favourite colour');
    // One owner strips Cognito's prefix: the SDK door, before the name reaches any screen.
    expect(stripAttributePrefix(['userAttributes.name'])).toEqual(['name']);
  });
});

describe('validation', () => {
  it('checks email format and code digits', () => {
    expect(emailProblem('')).toBe('Enter your email address.');
    expect(emailProblem('ada@')).toMatch(/name@example.com/);
    expect(emailProblem(' ada@example.com ')).toBeUndefined();
    expect(codeProblem('')).toBe('Enter the code.');
    expect(codeProblem('12a456')).toMatch(/digits/);
    expect(codeProblem('123456')).toBeUndefined();
  });
});
