// HTML for the hosted login, logout error and inbox pages: accessible (labels, landmarks, alerts) and axe-clean.
import { escapeHtml as e } from './http.ts';
import type { InboxMessage } from '../inbox.ts';

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #ffffff; color: #1a1a1a; margin: 0; }
  main { max-width: 26rem; margin: 3rem auto; padding: 0 1rem; }
  main.wide { max-width: 60rem; }
  h1 { font-size: 1.5rem; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { display: block; width: 100%; box-sizing: border-box; padding: .5rem; margin-top: .25rem;
          border: 1px solid #595959; border-radius: 4px; font-size: 1rem; color: #1a1a1a; background: #ffffff; }
  input:focus, button:focus, a:focus { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; border: 0; border-radius: 4px;
           background: #0b57d0; color: #ffffff; cursor: pointer; }
  .alert { border: 1px solid #b3261e; background: #fdecea; color: #8c1d18; padding: .75rem; border-radius: 4px; }
  .hint { color: #4a4a4a; }
  a { color: #0b57d0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d0d0; }
  code { font-size: 1.1rem; }
  dt { font-weight: 600; margin-top: 1rem; }
  dd { margin: .25rem 0 0; word-break: break-all; }
  h2.hint { font-size: 1rem; font-weight: 400; }
  ol.inbox { list-style: none; padding: 0; }
  li.mail { border: 1px solid #d0d0d0; border-radius: 4px; padding: .75rem; margin-bottom: .75rem; }
  li.mail dl { display: flex; flex-wrap: wrap; gap: 0 1.5rem; margin: 0; }
  li.mail dt { margin-top: 0; }
  pre.message { white-space: pre-wrap; overflow-wrap: anywhere; font-family: inherit; margin: .5rem 0 0; }
`;

export function layout(title: string, body: string, wide = false): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main${wide ? ' class="wide"' : ''}>
${body}
</main>
</body>
</html>`;
}

export interface Field {
  name: string;
  label: string;
  type: string;
  autocomplete: string;
  value?: string;
}

function alert(message: string | undefined): string {
  return message ? `<p class="alert" role="alert">${e(message)}</p>` : '';
}

function fields(list: readonly Field[]): string {
  return list
    .map(
      (f) =>
        `<label for="f-${e(f.name)}">${e(f.label)}</label>` +
        `<input id="f-${e(f.name)}" name="${e(f.name)}" type="${e(f.type)}" autocomplete="${e(f.autocomplete)}" required` +
        `${f.value ? ` value="${e(f.value)}"` : ''}>`,
    )
    .join('\n');
}

function hidden(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `<input type="hidden" name="${e(k)}" value="${e(v)}">`)
    .join('\n');
}

export interface Fact {
  term: string;
  value: string;
}

/** Values the user has to copy (e.g. a TOTP secret): plain selectable text, named by a visible term. */
function facts(list: readonly Fact[] | undefined): string {
  if (!list?.length) return '';
  const items = list
    .map((f) => `<dt>${e(f.term)}</dt><dd><code>${e(f.value)}</code></dd>`)
    .join('\n');
  return `<dl>\n${items}\n</dl>`;
}

export interface FormPage {
  title: string;
  intro?: string;
  facts?: readonly Fact[];
  error?: string;
  fields: readonly Field[];
  hidden: Record<string, string>;
  button: string;
}

export function formPage(p: FormPage): string {
  return layout(
    p.title,
    `<h1>${e(p.title)}</h1>
${p.intro ? `<p class="hint">${e(p.intro)}</p>` : ''}
${facts(p.facts)}
${alert(p.error)}
<form method="post" action="/login" novalidate>
${hidden(p.hidden)}
${fields(p.fields)}
<button type="submit">${e(p.button)}</button>
</form>`,
  );
}

export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${e(title)}</h1>\n<p role="alert">${e(message)}</p>`);
}

export function inboxPage(messages: readonly InboxMessage[]): string {
  // One card per message rather than a table: a table of long addresses and message bodies cannot
  // fit a phone, and the page is read on the same screens as the app (issue 16).
  const items = messages
    .map(
      (m) =>
        `<li class="mail"><dl>` +
        `<div><dt>To</dt><dd>${e(m.to)}</dd></div>` +
        `<div><dt>Code</dt><dd><code>${e(m.code)}</code></dd></div>` +
        `<div><dt>Kind</dt><dd>${e(m.kind)}</dd></div>` +
        `<div><dt>Sent at</dt><dd>${e(m.sentAt)}</dd></div>` +
        `</dl>${m.subject ? `<p><strong>${e(m.subject)}</strong></p>` : ''}` +
        `${m.text ? `<pre class="message">${e(m.text)}</pre>` : ''}</li>`,
    )
    .join('\n');
  return layout(
    'Local inbox',
    `<h1>Local inbox</h1>
<p class="hint">Every email the local user pool sends, newest first, as the person receives it. JSON: <a href="/_local/messages">/_local/messages</a>.</p>
${messages.length ? `<h2 class="hint">Sent messages</h2>\n<ol class="inbox">\n${items}\n</ol>` : '<p>No messages yet.</p>'}`,
    true,
  );
}
