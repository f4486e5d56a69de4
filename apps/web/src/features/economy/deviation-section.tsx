import {
  type SignificantDeviation,
  significantDeviationSchema,
  type UpdateSignificantDeviation,
  updateSignificantDeviationSchema,
} from '@styr/shared/contracts/economy';
import {
  type DeviationPart,
  deviationPartLabels,
  deviationParts,
} from '@styr/shared/contracts/economy-exchange';
import { type FormEvent, useRef } from 'react';
import { TextAreaField, TextField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { useEconomyWrite, useRefreshEconomy } from './use-economy.ts';

/** The year's significant deviations, each with its five fixed parts; editable for those who may. */
export function DeviationSection({
  deviations,
  year,
  followUpName,
  edit,
}: {
  deviations: readonly SignificantDeviation[];
  year: number;
  followUpName: (key: string) => string;
  /** `frozen`: the deviation's follow-up is adopted, so it is shown as read. */
  edit?: { committeeId: string; frozen: (followUp: string) => boolean };
}) {
  if (deviations.length === 0)
    return <p className="empty">Inga väsentliga avvikelser är rapporterade för {year}.</p>;
  return deviations.map((deviation) =>
    edit && !edit.frozen(deviation.followUp) ? (
      <DeviationForm
        key={`${deviation.followUp}:${deviation.key}`}
        deviation={deviation}
        year={year}
        committeeId={edit.committeeId}
        documentName={`${followUpName(deviation.followUp)} ${year}`}
      />
    ) : (
      <article key={`${deviation.followUp}:${deviation.key}`} aria-labelledby={`deviation-${deviation.key}`}>
        <h3 id={`deviation-${deviation.key}`}>{deviation.title}</h3>
        <p className="muted">{followUpName(deviation.followUp)}</p>
        <dl className="deviation-parts">
          {deviationParts.map((part) => (
            <div key={part}>
              <dt>{deviationPartLabels[part]}</dt>
              <dd>{deviation[part] ?? 'Inte beskrivet.'}</dd>
            </div>
          ))}
        </dl>
      </article>
    ),
  );
}

const toValues = (deviation: SignificantDeviation | null): Record<'title' | DeviationPart, string> => ({
  title: deviation?.title ?? '',
  cause: deviation?.cause ?? '',
  consequencesForClients: deviation?.consequencesForClients ?? '',
  consequencesForOrganisation: deviation?.consequencesForOrganisation ?? '',
  economicConsequences: deviation?.economicConsequences ?? '',
  measures: deviation?.measures ?? '',
});

function DeviationForm({
  deviation,
  year,
  committeeId,
  documentName,
}: {
  deviation: SignificantDeviation;
  year: number;
  committeeId: string;
  documentName: string;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(significantDeviationSchema, formRef);
  const item = useItemForm(deviation, toValues, save.clearField);
  const refresh = useRefreshEconomy(committeeId, year);
  const write = useEconomyWrite(committeeId, year, (api, scope, body: UpdateSignificantDeviation) =>
    api.updateDeviation(scope, { followUp: deviation.followUp, key: deviation.key }, body),
  );
  const { values } = item;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const body = save.validate(updateSignificantDeviationSchema, {
      version: item.base?.version,
      title: values.title,
      ...Object.fromEntries(deviationParts.map((part) => [part, values[part].trim() || null])),
    });
    if (!body) return;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved);
        save.onSaved('Avvikelsen är sparad.');
      },
      onError: save.onError,
    });
  };

  const headingId = `deviation-${deviation.key}`;
  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{deviation.title}</h3>
      <ItemFeedback
        save={save}
        subject={`avvikelsen ${deviation.title}`}
        conflictRows={(current) => [
          { label: 'Rubrik', value: current.title },
          ...deviationParts.map((part) => ({
            label: deviationPartLabels[part],
            value: current[part] ?? '–',
          })),
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          void refresh();
        }}
        documentName={documentName}
        onRefresh={() => void refresh()}
      />
      <TextField
        label="Rubrik"
        name="title"
        value={values.title}
        onChange={item.change('title')}
        error={save.errors.title}
      />
      {deviationParts.map((part) => (
        <TextAreaField
          key={part}
          label={deviationPartLabels[part]}
          name={part}
          rows={3}
          value={values[part]}
          onChange={item.change(part)}
          error={save.errors[part]}
        />
      ))}
      <SaveRow
        context={`avvikelsen ${deviation.title}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
