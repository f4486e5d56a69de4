import { type MunicipalityFile, municipalityFileSchema } from '@styr/shared/contracts/municipality-file';
import { settingsWriteSchema } from '@styr/shared/contracts/org';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type FieldValues, useFormState } from 'react-hook-form';
import { z } from 'zod';
import { ApiError, isApiError } from '../../api/api-error.ts';
import type { Settings } from '../../api/settings-api.ts';
import { UndoButton } from '../../components/form/form-actions.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import type { ConflictRow } from '../../components/version-conflict.tsx';
import { useMe } from '../auth/index.ts';
import { filePath, formPath } from './settings-draft.ts';
import { changeSummary } from './settings-model.ts';
import { ChangeReview } from './settings-review.tsx';
import { useSettingsWrite } from './use-settings.ts';

const writeSchema = settingsWriteSchema.extend({ file: municipalityFileSchema });
const storedSchema = z.object({ version: z.string(), file: municipalityFileSchema });

/** One part of the settings file as a form edits it: its values, and the file they make. */
export interface SettingsPart<V extends FieldValues> {
  toValues: (file: MunicipalityFile) => V;
  /** The loaded file with the form's values; everything else goes back exactly as it was read. */
  toFile: (file: MunicipalityFile, values: V) => MunicipalityFile;
  /** Names a place in the file in Swedish for the list of problems: "assessmentScales[0].name" → "Skala 1, namn". */
  where: (path: string, file: MunicipalityFile) => string;
  /** The values in words, one row per part, to set the stored settings beside the person's after a conflict. */
  describe: (values: V) => ConflictRow[];
  /** Reviews the changes in a dry run before they can be saved. */
  review?: boolean;
  /** The save button's label, where the form saves without a review. */
  saveLabel?: string;
  /** Said when the settings are saved. */
  saved?: string;
  className?: string;
}

/** The server names a place in the file by its JSON path; the form's fields sit under `file`. */
const atFormPaths = (error: unknown): never => {
  if (!isApiError(error, 'VALIDATION')) throw error;
  const details = error.details.map((detail) => ({ ...detail, path: formPath(detail.path) }));
  throw new ApiError({ code: error.code, message: error.message, status: error.status, details });
};

/** Every message the form holds, with its field's path, in the order of the form. */
function problemsOf(errors: unknown, path = ''): { path: string; message: string }[] {
  if (!errors || typeof errors !== 'object') return [];
  const { message, type } = errors as { message?: unknown; type?: unknown };
  const own = typeof message === 'string' && type !== undefined ? [{ path, message }] : [];
  const nested = Object.entries(errors)
    .filter(([key]) => !['ref', 'message', 'type', 'types'].includes(key))
    .flatMap(([key, value]) => problemsOf(value, key === 'root' ? path : path ? `${path}.${key}` : key));
  return [...own, ...nested];
}

/** The form's problems at the top, each also said at its field; the list says where. */
function ProblemSummary({ where }: { where: (path: string) => string }) {
  const problems = problemsOf(useFormState().errors);
  if (problems.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">Ändringarna kan inte sparas</p>
      <p>Rätta det som står vid fälten:</p>
      <ul className="settings-problems">
        {problems.map((problem) => (
          <li key={`${problem.path}:${problem.message}`}>
            {where(problem.path)}: {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

interface SettingsFormProps<V extends FieldValues> {
  settings: Settings;
  part: SettingsPart<V>;
  children: ReactNode;
}

/**
 * A form over one part of the settings file, saved as the whole file against the version it was read at, all or
 * nothing. The browser checks the built file against the shared contract first; the server's problems come back
 * to the fields by their paths. With `review`, a dry run first says what the save would change.
 */
export function SettingsForm<V extends FieldValues>(props: SettingsFormProps<V>) {
  // Settings saved elsewhere on the page start an untouched form afresh from them, its last message gone.
  const [round, setRound] = useState(0);
  return <SettingsPartForm key={round} {...props} onStale={() => setRound((count) => count + 1)} />;
}

function SettingsPartForm<V extends FieldValues>({
  settings,
  part,
  children,
  onStale,
}: SettingsFormProps<V> & { onStale: () => void }) {
  const { review = false, saved = 'Inställningarna är sparade.' } = part;
  const write = useSettingsWrite(useMe().user.municipalityId);
  const [reviewed, setReviewed] = useState<readonly string[] | null>(null);
  const save = useSaveForm({
    stored: settings,
    toValues: (stored: Settings | null) => part.toValues((stored ?? settings).file),
    schema: writeSchema,
    toBody: (values: V, base) => ({
      version: (base ?? settings).version,
      file: part.toFile((base ?? settings).file, values),
    }),
    storedSchema,
    onStoredChange: write.follow,
  });
  const { dirty, form } = save;
  const base = save.base ?? settings;

  // A review holds for the values it saw.
  useEffect(() => form.watch(() => setReviewed(null)).unsubscribe, [form]);
  // The version is a digest, not a count, so the form sees newer settings here; with changes it keeps them.
  const seen = useRef(settings.version);
  useEffect(() => {
    if (seen.current === settings.version) return;
    seen.current = settings.version;
    if (!dirty && settings.version !== base.version) onStale();
  });

  const store = save.submit((body) => write.store(body).catch(atFormPaths), { saved });
  const check = save.check(
    (body) => write.check(body).catch(atFormPaths),
    (result) => setReviewed(result.changed),
  );
  return (
    <SaveForm
      save={save}
      className={part.className ?? 'settings-form'}
      onSubmit={review ? check : store}
      subject="kommunens inställningar"
      conflictSummary={(current, mine) => {
        const own = part.describe(mine);
        return part
          .describe(part.toValues(current.file))
          .map((row) => ({ ...row, mine: own.find((entry) => entry.label === row.label)?.value ?? '–' }));
      }}
      saveLabel={review ? 'Granska ändringarna' : part.saveLabel}
      actions={<UndoButton save={save} />}
    >
      <ProblemSummary where={(path) => part.where(filePath(path), base.file)} />
      {children}
      {reviewed && (
        <ChangeReview
          title="Granskning"
          summary={changeSummary(reviewed, 'Ändringen')}
          pending={save.pending}
          onSave={reviewed.length > 0 ? store : null}
        />
      )}
    </SaveForm>
  );
}
