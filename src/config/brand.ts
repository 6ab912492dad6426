/**
 * The brand: product name, logo and primary colour, so a team can make the app its own without
 * touching a component. env.ts reads the VITE_BRAND_* values through its readers; this module holds
 * what they mean: the defaults, the colour checks and the CSS custom properties styles.css reads.
 */

export interface BrandColour {
  /** The primary colour: buttons, links and the focus ring. */
  primary: string;
  /** Text on a primary background: white or near-black, whichever reads better. */
  onPrimary: string;
}

export interface Brand {
  /** The product's name: the header and every tab title. */
  name: string;
  /** Same-origin path (or data: URL) of the logo; also the favicon. */
  logo: string;
  /** Primary colour per colour scheme; absent = the default theme's. */
  light?: BrandColour;
  dark?: BrandColour;
}

export const DEFAULT_BRAND: Brand = { name: 'Cognito React Auth', logo: '/favicon.svg' };

export type Scheme = 'light' | 'dark';

/**
 * The default theme's backgrounds and text colours, which a brand colour must read against. They are
 * the --bg, --surface and --accent-text values of src/styles.css; test/unit/config/brand.test.ts
 * fails if the two drift apart.
 */
export const SCHEME_COLOURS: Record<
  Scheme,
  { backgrounds: readonly string[]; onPrimary: readonly string[] }
> = {
  light: { backgrounds: ['#f6f7f9', '#ffffff'], onPrimary: ['#ffffff', '#0b1220'] },
  dark: { backgrounds: ['#0f1115', '#181b21'], onPrimary: ['#0b1220', '#ffffff'] },
};

/** WCAG 2.2 AA for normal text: links and button labels are normal text. */
export const MIN_CONTRAST = 4.5;

// The # is optional: in a .env file an unquoted #7a1fa2 is a comment, so 7a1fa2 must work too.
const HEX_COLOUR = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value);
}

/** Lower-case #rrggbb, so every later comparison and the CSS see one spelling. */
export function normaliseHex(value: string): string {
  const hex = value.replace(/^#/, '').toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

// Hand-written rather than a colour library: it is WCAG's published formula (relative luminance and
// contrast ratio) over #rrggbb only, a dozen lines, and it runs in the sign-in page's first-load
// bundle, where a dependency would cost bytes for no extra correctness.
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export type PrimaryCheck =
  | { ok: true; colour: BrandColour }
  | { ok: false; ratio: number; against: string; role: 'text' | 'background' };

/**
 * Whether a normalised primary colour works in a scheme: as link text on each of the scheme's
 * backgrounds, and as a button background under the better of the scheme's two text colours.
 */
export function checkPrimary(primary: string, scheme: Scheme): PrimaryCheck {
  const { backgrounds, onPrimary } = SCHEME_COLOURS[scheme];
  for (const background of backgrounds) {
    const ratio = contrastRatio(primary, background);
    if (ratio < MIN_CONTRAST) return { ok: false, ratio, against: background, role: 'text' };
  }
  const [best] = onPrimary
    .map((text) => ({ text, ratio: contrastRatio(primary, text) }))
    .sort((a, b) => b.ratio - a.ratio) as [{ text: string; ratio: number }];
  if (best.ratio < MIN_CONTRAST)
    return { ok: false, ratio: best.ratio, against: best.text, role: 'background' };
  return { ok: true, colour: { primary, onPrimary: best.text } };
}

/**
 * The custom properties styles.css reads (`--accent: var(--brand-primary, <default>)`), one pair per
 * scheme, so the stylesheet's own media query still picks light or dark.
 */
export function brandProperties(brand: Brand): Record<string, string> {
  const properties: Record<string, string> = {};
  if (brand.light) {
    properties['--brand-primary'] = brand.light.primary;
    properties['--brand-on-primary'] = brand.light.onPrimary;
  }
  if (brand.dark) {
    properties['--brand-primary-dark'] = brand.dark.primary;
    properties['--brand-on-primary-dark'] = brand.dark.onPrimary;
  }
  return properties;
}

/**
 * Puts the brand's colours on the root element. Through the CSSOM, which the production CSP's
 * `style-src 'self'` allows (an inline <style> or style attribute in the HTML it would block).
 */
export function applyBrand(root: HTMLElement, brand: Brand): void {
  for (const [name, value] of Object.entries(brandProperties(brand))) {
    root.style.setProperty(name, value);
  }
}
