import { describe, expect, it } from 'vitest';
import {
  attributeField,
  bareAttributeName,
  humanizeAttribute,
} from '../../../src/components/attributes';
import { codeProblem, emailProblem } from '../../../src/components/validation';

describe('attribute labels', () => {
  it('uses the map for known attributes and humanises the rest', () => {
    expect(attributeField('name')).toMatchObject({ label: 'Name', autoComplete: 'name' });
    expect(attributeField('family_name')).toMatchObject({
      label: 'Family name',
      autoComplete: 'family-name',
    });
    expect(attributeField('custom:company_size').label).toBe('Company size');
    expect(humanizeAttribute('favourite_colour')).toBe('Favourite colour');
    expect(bareAttributeName('userAttributes.name')).toBe('name');
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
