/** Providers and the router: the one place where the app's pieces are wired together. */
import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AuthProvider } from './auth/AuthProvider';
import type { AppConfig } from './config/env';
import { ConfigProvider } from './config/ConfigContext';
import { routes } from './config/routes';

export function App({ config }: { config: AppConfig }) {
  // One router for the app's lifetime; StrictMode's double render must not build a second one.
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ConfigProvider config={config}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </ConfigProvider>
  );
}
