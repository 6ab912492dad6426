/**
 * A screen's h1. It takes focus when the screen arrives, so screen-reader and keyboard users start
 * at the top of the new content, and it names the tab.
 */
import { useEffect, type ReactNode } from 'react';
import { useBrand } from '../config/ConfigContext';
import { useFocusOnMount } from './useFocusOnMount';

export function PageHeading({
  children,
  title,
  id,
}: {
  children: ReactNode;
  title?: string;
  id?: string;
}) {
  const ref = useFocusOnMount<HTMLHeadingElement>();
  const text = title ?? (typeof children === 'string' ? children : undefined);
  const productName = useBrand().name;
  useEffect(() => {
    if (text) document.title = `${text} · ${productName}`;
  }, [text, productName]);
  return (
    <h1 ref={ref} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
