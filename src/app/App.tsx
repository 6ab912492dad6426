/** Providers and the router: the one place where the app's pieces are wired together. */
import { BrowserRouter, useRoutes } from 'react-router-dom';
import { AuthProvider } from '../auth/AuthProvider';
import { ErrorBoundary } from './ErrorBoundary';
import type { AppConfig } from '../config/env';
import { ConfigProvider } from '../config/ConfigContext';
import { routes } from './routes';

function AppRoutes() {
  return useRoutes(routes);
}

export function App({ config }: { config: AppConfig }) {
  return (
    <ErrorBoundary>
      <ConfigProvider config={config}>
        <AuthProvider>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </AuthProvider>
      </ConfigProvider>
    </ErrorBoundary>
  );
}
