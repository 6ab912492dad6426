/** Hands the validated config to the tree, so tests can render any screen with a config of their own. */
import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_BRAND, type Brand } from './brand';
import type { AppConfig } from './env';

const ConfigContext = createContext<AppConfig | null>(null);

export function ConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

export function useConfig(): AppConfig {
  const config = useContext(ConfigContext);
  if (config === null) throw new Error('useConfig() must be used inside <ConfigProvider>.');
  return config;
}

/**
 * The brand, also where no config is provided: the pages shown when the app itself cannot start
 * sit outside <ConfigProvider> and still name the product.
 */
export function useBrand(): Brand {
  return useContext(ConfigContext)?.brand ?? DEFAULT_BRAND;
}
