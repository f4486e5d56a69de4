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
import { FormTextAreaField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { storedValues } from '../../components/form/stored-values.ts';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { useEconomySave } from './use-economy.ts';

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

type Values = Record<'title' | DeviationPart, string>;

const toValues = storedValues(
  Object.fromEntries(['title', ...deviationParts].map((name) => [name, ''])) as Values,
);

/** The parts left empty are not described. */
const deviationBody = (values: Values) => ({
  title: values.title,
  ...Object.fromEntries(deviationParts.map((part) => [part, values[part].trim() || null])),
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
  const economy = useEconomySave(committeeId, year, (api, scope, body: UpdateSignificantDeviation) =>
    api.updateDeviation(scope, { followUp: deviation.followUp, key: deviation.key }, body),
  );
  const save = useSaveForm({
    stored: deviation,
    toValues,
    schema: updateSignificantDeviationSchema,
    toBody: deviationBody,
    storedSchema: significantDeviationSchema,
    onStoredChange: economy.refresh,
    frozen: { documentName, onRefresh: () => economy.showAdopted() },
  });

  return (
    <>
      <h3>{deviation.title}</h3>
      <SaveForm
        save={save}
        label={deviation.title}
        onSubmit={save.submit(economy.send, { saved: 'Avvikelsen är sparad.' })}
        subject={`avvikelsen ${deviation.title}`}
        saveContext={`avvikelsen ${deviation.title}`}
      >
        <FormTextField label="Rubrik" name="title" />
        {deviationParts.map((part) => (
          <FormTextAreaField key={part} label={deviationPartLabels[part]} name={part} rows={3} optional />
        ))}
      </SaveForm>
    </>
  );
}
