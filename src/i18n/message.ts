/**
 * A message as data: a catalogue key and its params, made where the words are chosen (the error
 * tables in src/auth/ and src/api/) and turned into words only where a screen shows them, in the
 * reader's language. A param may itself be a message (a password rule inside "doesn't meet the
 * requirements"), so a sentence is never glued together from fragments in English order.
 */
import type { MessageParams } from './format';
import type { MessageKey, TranslateArgs, Translator } from './translator';

export type MessageParam = string | number | Message;

export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, MessageParam>>;
}

/** `message('errors.api.server')`: the compiler checks the params as `t` does. */
export function message<K extends MessageKey>(key: K, ...[params]: TranslateArgs<K>): Message {
  return params === undefined ? { key } : { key, params };
}

/** Like `message`, for a param that is itself a message (checked by `translateMessage`'s callers). */
export function messageWith(
  key: MessageKey,
  params: Readonly<Record<string, MessageParam>>,
): Message {
  return { key, params };
}

/** The words of `m` in `translator`'s language, nested messages included. */
export function translateMessage(translator: Pick<Translator, 't'>, m: Message): string {
  const params: Record<string, string | number> | undefined =
    m.params === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(m.params).map(([name, value]) => [
            name,
            typeof value === 'object' ? translateMessage(translator, value) : value,
          ]),
        );
  // `t` checks a literal key's params at compile time; a key held in data was checked when the
  // message was made, so it is called here through its untyped shape.
  const t = translator.t as (key: MessageKey, params?: MessageParams) => string;
  return t(m.key, params);
}
