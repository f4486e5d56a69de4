import type { ReactNode } from 'react';
import { type FieldValues, FormProvider } from 'react-hook-form';
import { ErrorAlert } from '../alerts.tsx';
import { type ConflictRow, VersionConflict } from '../version-conflict.tsx';
import { ComparedFieldsProvider, useComparedFields } from './compared-fields.tsx';
import { SaveRow } from './save-row.tsx';
import type { SaveForm as SaveFormState } from './use-save-form.ts';

/**
 * A form on the one save model: its fields, what went wrong with the last save (someone else's version, an
 * adopted document, an error), and the save button with the saved state.
 */
export function SaveForm<T extends object, V extends FieldValues, B>({
  save,
  onSubmit,
  subject,
  conflictRows,
  conflictSummary,
  saveLabel,
  saveContext,
  actions,
  className = 'item-form',
  label,
  children,
}: {
  save: SaveFormState<T, V, B>;
  onSubmit: () => void;
  /** Completes "… har ändrat …": "bedömningen av målet Trygg vård". */
  subject: string;
  /**
   * What a version conflict shows before the form's fields, which it compares by itself: what the form does not
   * edit but the person should see, such as a status.
   */
  conflictRows?: (current: T, mine: V) => ConflictRow[];
  /** For a form of long lists: what a version conflict shows instead of comparing field by field. */
  conflictSummary?: (current: T, mine: V) => ConflictRow[];
  saveLabel?: string;
  /** Read after the label by screen readers, which list many "Spara" buttons on one page. */
  saveContext?: string;
  /** Further buttons beside the save button, e.g. Avbryt. */
  actions?: ReactNode;
  className?: string;
  /** Names the form where a page holds several alike, e.g. one per control. */
  label?: string;
  children: ReactNode;
}) {
  const { conflict, frozenDocument: frozen } = save;
  const fields = useComparedFields();
  return (
    <FormProvider {...save.form}>
      <ComparedFieldsProvider value={fields.register}>
        <form
          ref={save.formRef}
          className={className}
          aria-label={label}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {conflict && (
            <VersionConflict
              subject={subject}
              changedBy={conflict.changedBy}
              rows={
                conflictSummary?.(conflict.current, conflict.mine) ?? [
                  ...(conflictRows?.(conflict.current, conflict.mine) ?? []),
                  ...fields.rows(save.valuesOf(conflict.current), conflict.mine),
                ]
              }
              onReload={() => save.reload(conflict.current)}
              onKeepMine={() => save.keepMine(conflict.current, conflict.mine)}
            />
          )}
          {save.frozen &&
            (frozen ? (
              <ErrorAlert title={`${frozen.documentName} är fastställd och kan inte ändras`}>
                <p>Ändringen är inte sparad.</p>
                <button type="button" className="button button-secondary" onClick={frozen.onRefresh}>
                  Visa uppgifterna som de fastställdes
                </button>
              </ErrorAlert>
            ) : (
              <ErrorAlert title="Uppgifterna är fastställda och kan inte ändras">
                <p>Ändringen är inte sparad.</p>
              </ErrorAlert>
            ))}
          {save.formError ? <ErrorAlert error={save.formError} title="Ändringen kunde inte sparas" /> : null}
          {children}
          <SaveRow
            {...(saveLabel && { label: saveLabel })}
            {...(saveContext && { context: saveContext })}
            pending={save.pending}
            dirty={save.dirty}
            saved={save.saved}
          >
            {actions}
          </SaveRow>
        </form>
      </ComparedFieldsProvider>
    </FormProvider>
  );
}
