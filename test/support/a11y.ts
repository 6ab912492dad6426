/**
 * axe in jsdom for screen and component tests. jsdom cannot compute colours, so contrast is left to
 * the browser tests; everything else (names, labels, ids, ARIA, headings) is checked here.
 */
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoAxeViolations(
  context: Element | Document = document,
  options: { fragment?: boolean } = {},
) {
  // index.html sets these; a bare jsdom document has neither.
  document.documentElement.lang ||= 'en';
  document.title ||= 'Test';
  const results = await axe.run(context, {
    rules: {
      'color-contrast': { enabled: false },
      // A fragment rendered without the shell has no landmarks of its own.
      region: { enabled: !options.fragment },
      'landmark-one-main': { enabled: !options.fragment },
      'page-has-heading-one': { enabled: !options.fragment },
    },
  });
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.html).join('\n  ')}`,
  );
  expect(summary, summary.join('\n')).toEqual([]);
}
