import type { ActionPlan, SetActionFollowUps } from '@styr/shared/contracts/action-plans';
import {
  actionFollowUpStatuses,
  actionFollowUpStatusLabels,
  actionsOf,
} from '@styr/shared/domain/action-plans';
import { type FormEvent, useState } from 'react';
import type { YearScope } from '../../api/plan-api.ts';
import { ErrorAlert, StatusMessage } from '../../components/alerts.tsx';
import { SelectField, TextAreaField } from '../../components/form-fields.tsx';
import { useActionPlanWrite } from './use-action-plans.ts';

type Entry = { status: string; comment: string };

const entriesAt = (plan: ActionPlan, followUp: string): Record<string, Entry> =>
  Object.fromEntries(
    actionsOf(plan).map((action) => {
      const found = action.followUps.find((entry) => entry.followUp === followUp);
      return [action.key, { status: found?.status ?? '', comment: found?.comment ?? '' }];
    }),
  );

/** The yearly follow-up of a plan's actions at one follow-up point: a status and a comment per action. */
export function ActionFollowUpForm({
  scope,
  plan,
  points,
}: {
  scope: YearScope;
  plan: ActionPlan;
  /** The follow-up points whose documents are not adopted. */
  points: { key: string; name: string }[];
}) {
  const [followUp, setFollowUp] = useState(points.at(-1)?.key ?? '');
  const [entries, setEntries] = useState(() => entriesAt(plan, followUp));
  // The version the entries were read at, so a follow-up saved by someone else meanwhile is refused.
  const [basedOn, setBasedOn] = useState(plan.version);
  const [saved, setSaved] = useState('');
  const save = useActionPlanWrite(scope, (api, at, body: SetActionFollowUps) =>
    api.setFollowUps(at, plan.id, followUp, body),
  );
  if (points.length === 0) return <p className="empty">Alla årets uppföljningar är fastställda.</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved('');
    const body = {
      version: basedOn,
      entries: Object.entries(entries)
        .filter(([, entry]) => entry.status !== '')
        .map(([action, entry]) => ({
          action,
          status: entry.status as SetActionFollowUps['entries'][number]['status'],
          comment: entry.comment.trim() || null,
        })),
    };
    save.mutate(body, {
      onSuccess: (result) => {
        setBasedOn(result.version);
        setSaved('Uppföljningen är sparad.');
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Följ upp ${plan.title}`}>
      {save.isError && <ErrorAlert error={save.error} />}
      <StatusMessage>{saved}</StatusMessage>
      <SelectField
        label="Uppföljning"
        name="followUp"
        value={followUp}
        onChange={(key) => {
          setFollowUp(key);
          setEntries(entriesAt(plan, key));
          setBasedOn(plan.version);
        }}
        options={points.map((point) => ({ value: point.key, label: point.name }))}
      />
      {actionsOf(plan).map((action) => {
        const entry = entries[action.key] ?? { status: '', comment: '' };
        const set = (change: Partial<Entry>) =>
          setEntries({ ...entries, [action.key]: { ...entry, ...change } });
        return (
          <fieldset key={action.key}>
            <legend>{action.what}</legend>
            <SelectField
              label="Status"
              name={`${action.key}-status`}
              value={entry.status}
              onChange={(status) => set({ status })}
              options={[
                { value: '', label: 'Inte uppföljd' },
                ...actionFollowUpStatuses.map((status) => ({
                  value: status,
                  label: actionFollowUpStatusLabels[status],
                })),
              ]}
            />
            <TextAreaField
              label="Kommentar"
              name={`${action.key}-comment`}
              optional
              rows={2}
              value={entry.comment}
              onChange={(comment) => set({ comment })}
            />
          </fieldset>
        );
      })}
      <button type="submit" className="button" disabled={save.isPending}>
        Spara uppföljningen
      </button>
    </form>
  );
}
