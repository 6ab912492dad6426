/**
 * Moves focus to an element when it first appears, so keyboard and screen-reader users start at the
 * new content instead of wherever the previous view left them.
 */
import { useEffect, useRef } from 'react';

export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
