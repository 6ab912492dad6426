import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyBrand,
  brandProperties,
  checkPrimary,
  contrastRatio,
  normaliseHex,
  SCHEME_COLOURS,
} from '../../../src/config/brand';

describe('contrastRatio', () => {
  it('follows WCAG: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1);
  });

  it('puts #767676 just over 4.5:1 on white and #777777 just under (the usual reference pair)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

describe('checkPrimary', () => {
  it('accepts the default blues and picks the legible label colour for each scheme', () => {
    expect(checkPrimary('#1d4ed8', 'light')).toEqual({
      ok: true,
      colour: { primary: '#1d4ed8', onPrimary: '#ffffff' },
    });
    expect(checkPrimary('#8ab4ff', 'dark')).toEqual({
      ok: true,
      colour: { primary: '#8ab4ff', onPrimary: '#0b1220' },
    });
  });

  it('refuses a yellow for light links, and a dark blue for dark-mode links', () => {
    expect(checkPrimary('#facc15', 'light')).toMatchObject({ ok: false, role: 'text' });
    expect(checkPrimary('#1d4ed8', 'dark')).toMatchObject({
      ok: false,
      role: 'text',
      against: '#0f1115',
    });
  });
});

it('normalises #rgb, upper case and a missing # to #rrggbb', () => {
  expect(normaliseHex('#0AF')).toBe('#00aaff');
  expect(normaliseHex('#0055AA')).toBe('#0055aa');
  expect(normaliseHex('0055aa')).toBe('#0055aa');
});

it('turns a brand into the --brand-* properties styles.css reads, per scheme', () => {
  const light = { primary: '#7a1fa2', onPrimary: '#ffffff' };
  const dark = { primary: '#e1a6ff', onPrimary: '#0b1220' };
  expect(brandProperties({ name: 'Acme', logo: '/acme.svg' })).toEqual({});
  expect(brandProperties({ name: 'Acme', logo: '/acme.svg', light, dark })).toEqual({
    '--brand-primary': '#7a1fa2',
    '--brand-on-primary': '#ffffff',
    '--brand-primary-dark': '#e1a6ff',
    '--brand-on-primary-dark': '#0b1220',
  });
  const root = document.createElement('html');
  applyBrand(root, { name: 'Acme', logo: '/acme.svg', light, dark });
  expect(root.style.getPropertyValue('--brand-primary')).toBe('#7a1fa2');
  expect(root.style.getPropertyValue('--brand-primary-dark')).toBe('#e1a6ff');
});

describe('styles.css', () => {
  const css = readFileSync('src/styles.css', 'utf8');
  const rootBlock = /^:root \{([\s\S]*?)^\}/m.exec(css)![1]!;
  const darkBlock = /prefers-color-scheme: dark\)\s*\{\s*:root \{([\s\S]*?)\}/.exec(css)![1]!;
  const value = (block: string, name: string) =>
    new RegExp(`--${name}:\\s*([^;]+);`).exec(block)?.[1]?.trim();

  it('has the backgrounds brand.ts checks a brand colour against, in both schemes', () => {
    expect([value(rootBlock, 'bg'), value(rootBlock, 'surface')]).toEqual(
      SCHEME_COLOURS.light.backgrounds,
    );
    expect([value(darkBlock, 'bg'), value(darkBlock, 'surface')]).toEqual(
      SCHEME_COLOURS.dark.backgrounds,
    );
  });

  it('reads the brand colours, with the default palette behind them', () => {
    expect(value(rootBlock, 'accent')).toBe('var(--brand-primary, #1d4ed8)');
    expect(value(rootBlock, 'accent-text')).toBe(
      `var(--brand-on-primary, ${SCHEME_COLOURS.light.onPrimary[0]})`,
    );
    expect(value(darkBlock, 'accent')).toBe('var(--brand-primary-dark, #8ab4ff)');
    expect(value(darkBlock, 'accent-text')).toBe(
      `var(--brand-on-primary-dark, ${SCHEME_COLOURS.dark.onPrimary[0]})`,
    );
    expect(value(rootBlock, 'focus')).toBe('var(--accent)');
  });

  it('names no colour outside the custom properties', () => {
    const rules = css.replace(rootBlock, '').replace(darkBlock, '');
    expect(rules.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi) ?? []).toEqual([]);
  });
});
