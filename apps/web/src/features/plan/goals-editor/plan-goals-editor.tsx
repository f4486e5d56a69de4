import type { CommitteeYearView, Goal } from '@styr/shared/contracts/plan';
import { useState } from 'react';
import { ErrorAlert, StatusMessage } from '../../../components/alerts.tsx';
import { useOrgTree } from '../../org/index.ts';
import { groupGoals } from '../goal-section.tsx';
import { goalIndent } from '../plan-labels.ts';
import { usePlanAccess } from '../use-plan-access.ts';
import { ActivitiesEditor } from './activities-editor.tsx';
import { ChangeButton, DialogButton } from './dialog-button.tsx';
import { GoalAreaForm } from './goal-area-form.tsx';
import { AdaptGoalForm, GoalForm } from './goal-form.tsx';
import { goalAreaRemoval, goalRemoval } from './removables.ts';
import { RemovalButton } from './removal-button.tsx';
import { SortableList } from './sortable-list.tsx';
import { idsOf, moveTo, orderOf } from './structure-order.ts';
import { type StructureTarget, useStructureWrite } from './use-structure-write.ts';

/** The units beneath the committee an activity may belong to, the committee itself first. */
function useOwnerOptions(committeeId: string) {
  const { index } = useOrgTree();
  const options = [{ value: '', label: 'Nämnden' }];
  const visit = (nodeId: string, depth: number) => {
    for (const child of index?.childrenOf(nodeId) ?? []) {
      options.push({ value: child.id, label: `${'– '.repeat(depth)}${child.name}` });
      visit(child.id, depth + 1);
    }
  };
  visit(committeeId, 0);
  return options;
}

/**
 * "Planens mål": the plan's goal areas, goals and activities built in the app: added, changed, ordered (by
 * drag or by the move buttons) and removed after being told what goes with them. Nothing is shown to a person
 * who may not change the plan, or once it is adopted.
 */
export function PlanGoalsEditor({ view }: { view: CommitteeYearView }) {
  const access = usePlanAccess(view.committee.id);
  const adopted = view.documents.some((entry) => entry.document === 'plan' && entry.status === 'adopted');
  if (!access.canEdit || adopted) return null;
  return <Editor view={view} />;
}

function Editor({ view }: { view: CommitteeYearView }) {
  const target: StructureTarget = { committeeId: view.committee.id, year: view.year };
  const [announced, setAnnounced] = useState('');
  const owners = useOwnerOptions(view.committee.id);
  const orderAreas = useStructureWrite(target, (api, scope, ids: string[]) =>
    api.planStructure.orderGoalAreas(scope, orderOf(ids, view.goalAreas)),
  );
  const orderGoals = useStructureWrite(target, (api, scope, ids: string[]) =>
    api.planStructure.orderGoals(scope, orderOf(ids, view.goals)),
  );
  const areaEntries = view.goalAreas.map((area) => ({ ...area }));
  const kindLabel = (goal: Goal) => view.labels[`goalKind.${goal.kind}`];

  return (
    <section aria-labelledby="planens-mal" className="goal-group plan-goals-editor">
      <h2 id="planens-mal">Planens mål</h2>
      <p>
        Lägg till, ändra, ordna och ta bort planens målområden, mål och aktiviteter. Dra en rad i handtaget
        eller använd knapparna för att flytta den.
      </p>
      <StatusMessage>{announced}</StatusMessage>
      {orderAreas.error || orderGoals.error ? (
        <ErrorAlert error={orderAreas.error ?? orderGoals.error} />
      ) : null}

      <h3>Målområden</h3>
      {areaEntries.length === 0 ? (
        <p className="empty">Planen har inga målområden.</p>
      ) : (
        <SortableList
          label="Målområden"
          entries={areaEntries}
          disabled={orderAreas.isPending}
          onMove={(moved, over, position) =>
            orderAreas.mutate(moveTo(idsOf(areaEntries), moved.id, over.id, position), {
              onSuccess: () => setAnnounced(`Målområdet ${moved.name} är flyttat.`),
            })
          }
        >
          {(area, moves) => (
            <>
              <span className="sortable-title">{area.name}</span>
              <span className="sortable-actions">
                {moves}
                <ChangeButton name={area.name} title={`Ändra ${area.name}`} onDone={setAnnounced}>
                  {(done) => <GoalAreaForm target={target} area={area} onDone={done} />}
                </ChangeButton>
                <RemovalButton target={target} removal={goalAreaRemoval(area)} onDone={setAnnounced} />
              </span>
            </>
          )}
        </SortableList>
      )}
      <DialogButton label="Lägg till målområde" title="Nytt målområde" onDone={setAnnounced}>
        {(done) => <GoalAreaForm target={target} onDone={done} />}
      </DialogButton>

      {groupGoals(view).map((group) => {
        const entries = group.goals.map((goal) => ({
          ...goal,
          name: goal.focus ? `${goal.title} (${goal.focus})` : goal.title,
        }));
        return (
          <div key={group.key}>
            <h3>Mål: {group.title}</h3>
            {entries.length === 0 ? (
              <p className="empty">Inga mål hör till målområdet.</p>
            ) : (
              <SortableList
                label={`Mål i ${group.title}`}
                entries={entries}
                canMove={(moved, over) => moved.parentGoalId === over.parentGoalId}
                disabled={orderGoals.isPending}
                onMove={(moved, over, position) =>
                  orderGoals.mutate(moveTo(idsOf(view.goals), moved.id, over.id, position), {
                    onSuccess: () => setAnnounced(`Målet ${moved.title} är flyttat.`),
                  })
                }
              >
                {(goal, moves) => (
                  <>
                    <span className="sortable-title" style={goalIndent(group.depth(goal))}>
                      {goal.title}
                      <span className="goal-meta">
                        {kindLabel(goal)}
                        {goal.focus && ` · ${goal.focus}`}
                      </span>
                    </span>
                    <span className="sortable-actions">
                      {moves}
                      <ChangeButton name={goal.name} title="Ändra målet" onDone={setAnnounced}>
                        {(done) => <GoalForm target={target} view={view} goal={goal} onDone={done} />}
                      </ChangeButton>
                      {goal.kind !== 'committee' && view.goalAreas.length > 1 && (
                        <DialogButton
                          onDone={setAnnounced}
                          small
                          label="Anpassa till målområde"
                          ariaLabel={`Anpassa ${goal.name} till ett annat målområde`}
                          title={`Anpassa ${goal.title} till ett annat målområde`}
                        >
                          {(done) => <AdaptGoalForm target={target} view={view} goal={goal} onDone={done} />}
                        </DialogButton>
                      )}
                      <DialogButton
                        onDone={setAnnounced}
                        small
                        label={`Aktiviteter (${goal.activities.length})`}
                        ariaLabel={`Aktiviteter under ${goal.name} (${goal.activities.length})`}
                        title={`Aktiviteter under ${goal.title}`}
                      >
                        {() => (
                          <ActivitiesEditor
                            target={target}
                            goal={goal}
                            owners={owners}
                            onDone={setAnnounced}
                          />
                        )}
                      </DialogButton>
                      <RemovalButton
                        target={target}
                        removal={goalRemoval(goal, goal.name)}
                        onDone={setAnnounced}
                      />
                    </span>
                  </>
                )}
              </SortableList>
            )}
          </div>
        );
      })}
      <DialogButton label="Lägg till mål" title="Nytt mål" onDone={setAnnounced}>
        {(done) => <GoalForm target={target} view={view} onDone={done} />}
      </DialogButton>
    </section>
  );
}
