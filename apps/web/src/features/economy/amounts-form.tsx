import type { z } from 'zod';
import type { EconomyApi } from '../../api/economy-api.ts';
import type { YearScope } from '../../api/plan-api.ts';
import { FormNumberField, FormTextAreaField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { kronorOf, tkrInputText, tkrIssues } from './amount-input.ts';
import { useEconomySave } from './use-economy.ts';

/** A stored economy object whose named fields are amounts in kronor or texts; version 0 while none is stored. */
type Stored<K extends string> = { version: number } & Record<K, string | null>;

/** What one kind of amounts form edits and how it names itself; each kind is declared in `amount-forms.ts`. */
export interface AmountsFormKind<T extends Stored<A | X>, A extends string, X extends string, B> {
  /** The figures, typed in tkr, by what each is called: "Resultat" is labelled "Resultat i tkr". */
  amounts: Record<A, string>;
  /** The committee's words about the figures. */
  text: { name: X; label: string; rows: number };
  schema: z.ZodType<B>;
  storedSchema: z.ZodType<T>;
  send: (api: EconomyApi, scope: YearScope, item: T, body: B) => Promise<T>;
  /** Present where the form stands under its own heading, which is then also its name. */
  heading?: boolean;
  names: (item: T) => {
    /** The form's accessible name (and heading). */
    title: string;
    /** Completes "… har ändrat …", and is read after "Spara" by screen readers. */
    subject: string;
    saved: string;
  };
}

/** Declares a kind of amounts form, its types read from its contracts and fields. */
export const amountsFormKind = <T extends Stored<A | X>, A extends string, X extends string, B>(
  kind: AmountsFormKind<T, A, X, B>,
) => kind;

/**
 * A form of economy figures in tkr and the committee's text about them, saved against the version it was read
 * at; the kinds (department result, investment, equity) differ only in their fields and names.
 */
export function AmountsForm<T extends Stored<A | X>, A extends string, X extends string, B>({
  kind,
  item,
  committeeId,
  year,
  documentName,
}: {
  kind: AmountsFormKind<T, A, X, B>;
  item: T;
  committeeId: string;
  year: number;
  /** "Årsrapport 2022": the document whose adoption freezes the figures. */
  documentName: string;
}) {
  const { text } = kind;
  // A record's entries are typed by string; these are the kind's own keys.
  const amounts = Object.entries(kind.amounts) as [A, string][];
  const economy = useEconomySave(committeeId, year, (api, scope, body: B) =>
    kind.send(api, scope, item, body),
  );
  const save = useSaveForm({
    stored: item,
    toValues: (stored: T | null): Record<string, string> => ({
      ...Object.fromEntries(amounts.map(([name]) => [name, tkrInputText(stored?.[name])])),
      [text.name]: stored?.[text.name] ?? '',
    }),
    schema: kind.schema,
    toBody: (values, base) => ({
      version: base && base.version > 0 ? base.version : undefined,
      ...Object.fromEntries(amounts.map(([name]) => [name, kronorOf(values[name] ?? '')])),
      [text.name]: values[text.name]?.trim() || null,
    }),
    check: (values) => tkrIssues(values, Object.keys(kind.amounts)),
    storedSchema: kind.storedSchema,
    onStoredChange: economy.refresh,
    frozen: { documentName, onRefresh: () => economy.showAdopted() },
  });
  const names = kind.names(item);

  return (
    <>
      {kind.heading && <h3>{names.title}</h3>}
      <SaveForm
        save={save}
        label={names.title}
        onSubmit={save.submit(economy.send, { saved: (saved) => kind.names(saved).saved })}
        subject={names.subject}
        saveContext={names.subject}
      >
        <div className="field-row">
          {amounts.map(([name, label]) => (
            <FormNumberField key={name} label={`${label} i tkr`} name={name} optional />
          ))}
        </div>
        <FormTextAreaField label={text.label} name={text.name} rows={text.rows} optional />
      </SaveForm>
    </>
  );
}
