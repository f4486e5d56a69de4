import { createContext } from 'react';

/** When the last client-side navigation happened (ms), or null before the first one. */
export const NavigationFocusContext = createContext<{ current: number | null }>({ current: null });
