import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import type { FollowUpParts, Part } from '@styr/shared/contracts/workflow';
import { isOverdue } from '@styr/shared/domain/workflow';
import { formatDateTime } from '@styr/shared/format/date';
import { formatNumber } from '@styr/shared/format/number';
import { useEffect, useRef, useState } from 'react';
import type { FollowUpScope } from '../../api/workflow-api.ts';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { RichText } from '../../components/rich-text.tsx';
import { AssignForm, type Reportable, ReviewActions } from './part-actions.tsx';
import { PartState } from './part-state.tsx';
import { useUnitOptions } from './use-unit-options.ts';
import { partKindLabels, today } from './use-workflow.ts';

/** Every goal, assignment and linked indicator of the year: what a unit can be asked to report on. */
function reportableItems(view: CommitteeYearView): Reportable[] {
  const linked = new Set(view.goals.flatMap((goal) => goal.indicatorIds));
  return [
    ...view.goals.map((goal) => ({ kind: 'goal' as const, objectId: goal.id, title: goal.title })),
    ...view.assignments.map((item) => ({
      kind: 'assignment' as const,
      objectId: item.id,
      title: item.title,
    })),
    ...view.indicators
      .filter((indicator) => linked.has(indicator.id))
      .map((indicator) => ({ kind: 'indicator' as const, objectId: indicator.id, title: indicator.name })),
  ];
}

export function PartsSection({
  scope,
  view,
  name,
  list,
  controller,
  frozen,
}: {
  scope: FollowUpScope;
  view: CommitteeYearView;
  name: string;
  list: FollowUpParts;
  controller: boolean;
  frozen: boolean;
}) {
  const options = useUnitOptions(view.committee.id, view.year);
  const [assigned, setAssigned] = useState<string | null>(null);
  const assignedStatus = useRef<HTMLParagraphElement>(null);
  // The item just given leaves the list with its button; focus goes to the message saying where it went.
  useEffect(() => {
    if (assigned) assignedStatus.current?.focus();
  }, [assigned]);
  const now = today();
  const given = new Set(list.parts.map((part) => `${part.kind}:${part.objectId}`));
  const notGiven = reportableItems(view).filter((item) => !given.has(`${item.kind}:${item.objectId}`));

  const columns: Column<Part>[] = [
    {
      key: 'what',
      header: 'Vad',
      sortValue: (part) => part.title,
      cell: (part) => (
        <>
          <span className="cell-meta">{partKindLabels[part.kind]}</span> {part.title}
          <PartText part={part} />
        </>
      ),
    },
    { key: 'node', header: 'Ansvarig', sortValue: (part) => part.node.name, cell: (part) => part.node.name },
    {
      key: 'state',
      header: 'Status',
      sortValue: (part) => part.state,
      cell: (part) => <PartState state={part.state} overdue={isOverdue(part.state, list.deadline, now)} />,
    },
    {
      key: 'updated',
      header: 'Senast ändrad',
      nowrap: true,
      sortValue: (part) => part.updatedAt,
      cell: (part) => formatDateTime(part.updatedAt),
    },
  ];
  if (controller) {
    columns.push({
      key: 'actions',
      header: 'Åtgärder',
      cell: (part) => (
        <div className="part-actions">
          <ReviewActions scope={scope} part={part} frozen={frozen} />
          {part.state !== 'approved' && (
            <details className="disclosure">
              <summary>
                Ge till en annan enhet<span className="visually-hidden"> – {part.title}</span>
              </summary>
              <AssignForm scope={scope} item={part} currentNodeId={part.node.id} options={options} />
            </details>
          )}
        </div>
      ),
    });
  }

  return (
    <>
      <section aria-labelledby="delar" className="section">
        <h2 id="delar">Delar och ansvar</h2>
        <DataTable
          caption={`Delar att rapportera – ${name}`}
          captionHidden
          columns={columns}
          rows={list.parts}
          rowKey={(part) => `${part.kind}:${part.objectId}`}
          empty="Inga mål, uppdrag eller indikatorer är givna till någon enhet ännu."
          className="table-parts"
        />
      </section>
      {controller && (
        <section aria-labelledby="inte-givna" className="section">
          <h2 id="inte-givna">Inte givna till någon enhet ({formatNumber(notGiven.length)})</h2>
          <p ref={assignedStatus} role="status" tabIndex={-1} className="save-status">
            {assigned}
          </p>
          {notGiven.length === 0 ? (
            <p className="empty">Alla mål, uppdrag och indikatorer är givna till en enhet.</p>
          ) : (
            <ul className="item-list not-given-list">
              {notGiven.map((item) => (
                <li key={`${item.kind}:${item.objectId}`}>
                  <p className="not-given-title">
                    <span className="cell-meta">{partKindLabels[item.kind]}</span> {item.title}
                  </p>
                  <AssignForm
                    scope={scope}
                    item={item}
                    currentNodeId={null}
                    options={options}
                    onAssigned={setAssigned}
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

/** The unit's text and the controller's comment, folded so that the table stays scannable. */
function PartText({ part }: { part: Part }) {
  if (!part.contribution && !part.reviewComment) return null;
  return (
    <details className="disclosure part-text">
      <summary>
        Visa text<span className="visually-hidden"> – {part.title}</span>
      </summary>
      {part.contribution ? (
        <RichText html={part.contribution} />
      ) : (
        <p className="muted">Enheten har inte skrivit något ännu.</p>
      )}
      {part.reviewComment && (
        <p className="review-comment">
          <strong>Controllerns kommentar:</strong> {part.reviewComment}
        </p>
      )}
    </details>
  );
}
