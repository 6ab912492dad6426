/**
 * Filling a message's `{placeholders}`. Hand-written rather than a library (i18next, FormatJS):
 * the app needs interpolation only, and either library would cost more of /sign-in's first-load
 * budget than every English message together. Plurals are avoided by wording; dates and numbers
 * go through Intl.
 */

/** The placeholder names in a message, from its English text: `'Hello {name}'` → `'name'`. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | PlaceholdersOf<Rest>
  : never;

export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with params.name; a placeholder without a value stays visible, never "undefined". */
export function fillPlaceholders(template: string, params: MessageParams | undefined): string {
  if (params === undefined) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a template uses, sorted: the catalogue test compares them across languages. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}
