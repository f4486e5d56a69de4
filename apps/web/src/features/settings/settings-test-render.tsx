import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ComponentType, ReactNode } from 'react';
import { vi } from 'vitest';
import { ApiProvider } from '../../api/api-context.tsx';
import { ApiError, type FieldIssue } from '../../api/api-error.ts';
import type { Settings } from '../../api/settings-api.ts';
import type { StyrApi } from '../../api/styr-api.ts';
import { SignedInContext } from '../auth/index.ts';
import { file, id, me, version } from './settings-test-data.ts';

export type Put = StyrApi['settings']['putSettings'];

/** The settings as another version reads them, after a save. */
export const savedVersion = 'b'.repeat(64);

/** The server's answers to a write of the settings. */
export const answers = {
  /** What the write changes. */
  changing: (changed: string[]) =>
    ({
      municipality: { id: id(2), name: 'Ekmarks kommun', shortName: 'Ekmark', koladaId: null },
      created: false,
      changed,
    }) as unknown as Awaited<ReturnType<Put>>,
  /** Refused, with problems at places in the file. */
  refused: (details: FieldIssue[]) =>
    new ApiError({ code: 'VALIDATION', status: 400, message: 'Filen kunde inte läsas in.', details }),
  /** Refused because someone else saved `stored` in between. */
  conflict: (stored: Settings['file']) =>
    new ApiError({
      code: 'VERSION_CONFLICT',
      status: 409,
      message: 'Någon annan har ändrat kommunens inställningar sedan du läste dem.',
      current: { version: savedVersion, file: stored },
    }),
};

/** A put that always fails with `error`. */
export const failing = (error: ApiError) => vi.fn<Put>(async () => Promise.reject(error));

/** A settings form whose writes change `changed`; the put, to look at what was sent. */
export function renderChanging(Form: ComponentType<{ settings: Settings }>, changed: string[]) {
  const putSettings = vi.fn<Put>(async () => answers.changing(changed));
  renderSettingsForm(Form, putSettings);
  return putSettings;
}

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
