/**
 * "This page is leaving for the hosted UI": disables the buttons that start a redirect, so a double
 * click cannot start a second one, and re-enables them when Back restores the page from the
 * back/forward cache (where it would otherwise come back with every button still disabled).
 */
import { useEffect, useState } from 'react';

export function useLeavingPage(): [boolean, (leaving: boolean) => void] {
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) setLeaving(false);
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);
  return [leaving, setLeaving];
}
