import {
  type Assessment,
  assessmentSchema,
  type Goal,
  type UpdateAssessment,
  updateAssessmentSchema,
} from '@styr/shared/contracts/plan';
import { type FormEvent, useRef } from 'react';
import { RadioGroupField } from '../../components/form-fields.tsx';
import { ItemFeedback, SaveRow } from '../../components/item-form-parts.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { RichTextField } from '../../components/rich-text-field.tsx';
import { ToneLabel } from '../../components/tone-label.tsx';
import { needsPerson, useAutosave } from '../../components/use-autosave.ts';
import { useItemForm, useItemSave } from '../../components/use-item-form.ts';
import { levelOf, scaleOf, usePlanWrite, useUpdateYearCache, withAssessment } from '../plan/index.ts';
import type { FollowUpContext } from './follow-up-context.ts';

/** The choice of no level, where the scale allows assessment in words only; no level key has an underscore. */
const inWords = '_ord';

const toValues = (assessment: Assessment | null) => ({
  level: assessment ? (assessment.level ?? inWords) : '',
  analysis: assessment?.analysis ?? '',
});

/** Whether the form has something to send: a level, or words only with the analysis written. */
function ready(values: { level: string; analysis: string }) {
  if (values.level === inWords) return values.analysis.trim() !== '';
  return values.level !== '';
}

export function AssessmentForm({ goal, context }: { goal: Goal; context: FollowUpContext }) {
  const { view, point } = context;
  const scale = scaleOf(view, point.key);
  const levelOptional = scale ? !scale.levelRequired : false;
  const stored = goal.assessments.find((assessment) => assessment.followUp === point.key) ?? null;
  const formRef = useRef<HTMLFormElement>(null);
  const save = useItemSave(assessmentSchema, formRef);
  const item = useItemForm(stored, toValues, save.clearField);
  const updateCache = useUpdateYearCache(view.committee.id, view.year);
  const write = usePlanWrite(
    view.committee.id,
    view.year,
    (api, scope, body: UpdateAssessment) => api.setAssessment(scope, goal.id, point.key, body),
    (saved) => withAssessment(goal.id, saved),
  );

  // Without a level (or, in words only, an analysis) there is nothing to save yet; the rest waits in the form.
  useAutosave(formRef, {
    dirty: item.dirty,
    pending: write.isPending,
    paused: needsPerson(save) || !ready(item.values),
    values: item.values,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.begin();
    const { level, analysis } = item.values;
    const missing =
      level === ''
        ? [{ path: 'level', message: 'Välj en nivå för måluppfyllelsen' }]
        : level === inWords && !analysis.trim()
          ? [{ path: 'analysis', message: 'Skriv analysen: en bedömning utan nivå görs i ord' }]
          : [];
    const body = save.validate(
      updateAssessmentSchema,
      { version: item.base?.version, level: level === inWords ? null : level, analysis: analysis || null },
      missing,
    );
    if (!body) return;
    const sent = item.values;
    write.mutate(body, {
      onSuccess: (saved) => {
        item.accept(saved, sent);
        save.onSaved('Bedömningen är sparad.');
      },
      onError: save.onError,
    });
  };

  return (
    <form ref={formRef} className="item-form" onSubmit={onSubmit} noValidate>
      <ItemFeedback
        save={save}
        subject={`bedömningen av målet ${goal.title}`}
        conflictRows={(current) => [
          { label: 'Måluppfyllelse', value: levelOf(view, current)?.label ?? '–' },
          { label: 'Analys', value: current.analysis ? <RichText html={current.analysis} /> : '–' },
        ]}
        onReload={(current) => {
          item.accept(current);
          save.clearConflict();
          updateCache(withAssessment(goal.id, current));
        }}
        onKeepMine={(current) => {
          item.rebase(current);
          save.clearConflict();
          updateCache(withAssessment(goal.id, current));
        }}
        documentName={context.documentName}
        onRefresh={() => updateCache(null)}
      />
      <RadioGroupField
        label={`Måluppfyllelse i ${point.name.toLowerCase()}`}
        name="level"
        value={item.values.level}
        onChange={item.change('level')}
        options={[
          ...(scale?.levels ?? []).map((level) => ({
            value: level.key,
            label: <ToneLabel tone={level.tone} label={level.label} />,
          })),
          ...(levelOptional ? [{ value: inWords, label: 'Ingen nivå – bedömning i ord' }] : []),
        ]}
        error={save.errors.level}
      />
      <RichTextField
        label="Analys"
        name="analysis"
        optional={item.values.level !== inWords}
        value={item.values.analysis}
        onChange={item.change('analysis')}
        error={save.errors.analysis}
        description={
          item.values.level === inWords
            ? 'Bedömningen görs i ord: vad har gjorts, vad visar indikatorerna och vad behöver hända framåt. Sparas av sig själv när den är skriven.'
            : 'Vad har gjorts, vad visar indikatorerna och vad behöver hända framåt. Sparas av sig själv när en nivå är vald.'
        }
      />
      <SaveRow
        label="Spara bedömning"
        context={`av målet ${goal.title}`}
        pending={write.isPending}
        dirty={item.dirty}
        saved={save.saved}
      />
    </form>
  );
}
