/** A language's version of an English area: exactly the same keys, each a string. */
export type Translation<T> = { readonly [K in keyof T]: string };
