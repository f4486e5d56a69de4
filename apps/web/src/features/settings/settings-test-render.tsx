import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import type { Settings } from '../../api/settings-api.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { file, id, me, version } from './settings-test-data.ts';

export type Put = StyrApi['settings']['putSettings'];

/** What the server says a write of the settings changes. */
export const changing = (changed: string[]) =>
  ({
    municipality: { id: id(2), name: 'Ekmarks kommun', shortName: 'Ekmark', koladaId: null },
    created: false,
    changed,
  }) as unknown as Awaited<ReturnType<Put>>;

/** The settings as another version reads them, after a save. */
export const savedVersion = 'b'.repeat(64);

/** Renders the children signed in as Ekmark's administrator, against an API of only the given parts. */
export function renderWithApi(api: Partial<Record<keyof StyrApi, unknown>>, children: ReactNode) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <ApiProvider api={api as unknown as StyrApi}>
        <SignedInContext value={me}>{children}</SignedInContext>
      </ApiProvider>
    </QueryClientProvider>,
  );
}

/** A settings form over Ekmark's settings (or `settings`); a save reads back the file it wrote. */
export function renderSettingsForm(
  Form: ComponentType<{ settings: Settings }>,
  putSettings: Put,
  settings: Settings = { version, file },
) {
  const getSettings = vi.fn(async () => {
    const written = vi.mocked(putSettings).mock.lastCall?.[1].file as Settings['file'] | undefined;
    return { version: savedVersion, file: written ?? settings.file };
  });
  renderWithApi({ settings: { putSettings, getSettings } }, <Form settings={settings} />);
  return { getSettings };
}
