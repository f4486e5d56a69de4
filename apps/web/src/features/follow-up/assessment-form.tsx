import type { Assessment, Goal } from '@styr/shared/contracts/plan';
import { FormRadioGroupField, FormRichTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { assessmentWrite, scaleOf, usePlanSaveForm } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

/** The choice of no level, where the scale allows assessment in words only; no level key has an underscore. */
const inWords = '_ord';

type Values = { level: string; analysis: string };

const toValues = (assessment: Assessment | null): Values => ({
  level: assessment ? (assessment.level ?? inWords) : '',
  analysis: assessment?.analysis ?? '',
});

/** A level, or words only with the analysis written: without either there is nothing to save. */
function missing({ level, analysis }: Values) {
  if (level === '') return [{ path: 'level', message: 'Välj en nivå för måluppfyllelsen' }];
  if (level === inWords && !analysis.trim())
    return [{ path: 'analysis', message: 'Skriv analysen: en bedömning utan nivå görs i ord' }];
  return [];
}

export function AssessmentForm({ goal, context }: { goal: Goal; context: FollowUpContext }) {
  const { view, point } = context;
  const scale = scaleOf(view, point.key);
  const levelOptional = scale ? !scale.levelRequired : false;
  const stored = goal.assessments.find((assessment) => assessment.followUp === point.key) ?? null;
  const { save, send } = usePlanSaveForm(context, assessmentWrite(goal, point.key), {
    stored,
    toValues,
    toBody: ({ level, analysis }: Values) => ({
      level: level === inWords ? null : level,
      analysis: analysis || null,
    }),
    check: missing,
  });
  const level = save.form.watch('level');

  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(send, { saved: 'Bedömningen är sparad.' })}
      subject={`bedömningen av målet ${goal.title}`}
      saveLabel="Spara bedömning"
      saveContext={`av målet ${goal.title}`}
    >
      <FormRadioGroupField
        label={`Måluppfyllelse i ${point.name.toLowerCase()}`}
        name="level"
        options={[
          ...(scale?.levels ?? []).map((option) => ({
            value: option.key,
            label: <ToneLabel tone={option.tone} label={option.label} />,
          })),
          ...(levelOptional ? [{ value: inWords, label: 'Ingen nivå – bedömning i ord' }] : []),
        ]}
      />
      <FormRichTextField
        label="Analys"
        name="analysis"
        optional={level !== inWords}
        description={
          level === inWords
            ? 'Bedömningen görs i ord: vad har gjorts, vad visar indikatorerna och vad behöver hända framåt.'
            : 'Vad har gjorts, vad visar indikatorerna och vad behöver hända framåt.'
        }
      />
    </SaveForm>
  );
}
