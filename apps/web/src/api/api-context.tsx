import { createContext, type ReactNode, useContext } from 'react';
import type { StyrApi } from './styr-api.ts';

const ApiContext = createContext<StyrApi | null>(null);

export function ApiProvider({ api, children }: { api: StyrApi; children: ReactNode }) {
  return <ApiContext value={api}>{children}</ApiContext>;
}

export function useApi(): StyrApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiProvider');
  return api;
}
