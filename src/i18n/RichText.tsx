/**
 * A message whose placeholders are elements (a <code> command, a <strong> group name) rather than
 * text: the translated sentence keeps its own word order, and the elements go where it puts them.
 */
import { Fragment, type ReactNode } from 'react';
import type { PlaceholdersOf } from './format';
import type { EnglishCatalogue, MessageKey } from './messages/en';
import { useI18n } from './useI18n';

type KeyWithPlaceholders = {
  [K in MessageKey]: [PlaceholdersOf<EnglishCatalogue[K]>] extends [never] ? never : K;
}[MessageKey];

export function RichText<K extends KeyWithPlaceholders>({
  id,
  values,
}: {
  id: K;
  values: Readonly<Record<PlaceholdersOf<EnglishCatalogue[K]>, ReactNode>>;
}) {
  // Without params `t` returns the template itself, placeholders and all.
  const template = (useI18n().t as (key: MessageKey) => string)(id);
  const slots = values as Readonly<Record<string, ReactNode>>;
  // split() with a capture group alternates text and placeholder names: even indexes are text.
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>{i % 2 === 0 ? part : (slots[part] ?? `{${part}}`)}</Fragment>
      ))}
    </>
  );
}
