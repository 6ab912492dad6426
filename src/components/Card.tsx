/**
 * The card every screen and panel is built from: a <section> named by its own heading. A screen's
 * card carries the page's h1 through PageHeading (focused on arrival, names the tab); a panel inside
 * a page carries an h2.
 */
import { useId, type ReactNode } from 'react';
import { PageHeading } from './PageHeading';

export function Card({
  title,
  heading = 'page',
  tabTitle,
  busy,
  children,
}: {
  title: ReactNode;
  /**
   * 'page': the screen's h1, focused on arrival and naming the tab. 'section': an h2 inside a page.
   * 'plain': an h1 that leaves focus and the tab title alone (the landing page, the 404, and the
   * pages shown when the app itself cannot start).
   */
  heading?: 'page' | 'section' | 'plain';
  /** The tab's title when it should differ from the heading's words. */
  tabTitle?: string;
  /** Marks the card busy for assistive technology while its content loads. */
  busy?: boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <section className="card" aria-labelledby={titleId} aria-busy={busy}>
      {heading === 'page' ? (
        <PageHeading id={titleId} title={tabTitle}>
          {title}
        </PageHeading>
      ) : heading === 'section' ? (
        <h2 id={titleId}>{title}</h2>
      ) : (
        <h1 id={titleId}>{title}</h1>
      )}
      {children}
    </section>
  );
}
