import type { ActionPlan } from '@styr/shared/contracts/action-plans';
import { actionFollowUpStatusLabels } from '@styr/shared/domain/action-plans';
import { formatKronor } from '@styr/shared/format/number';
import { RichText } from '../../components/rich-text.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

type Area = ActionPlan['focusAreas'][number];

const tkr = (kronor: string | null | undefined) => formatKronor(kronor, { unit: 'tkr' });

/** The budget per funder, with each row's sum and the funders' sums and the total at the foot. */
export function BudgetTable({ plan }: { plan: ActionPlan }) {
  if (plan.budget.length === 0) return <p className="empty">Planen har ingen budget.</p>;
  const rowTotal = new Map(plan.sums.rows.map((row) => [row.key, row.total]));
  const funderTotal = new Map(plan.sums.funders.map((funder) => [funder.key, funder.total]));
  return (
    <TableScroll label={`Budget för ${plan.title}, tkr`}>
      <table className="table economy-table">
        <caption>Budget för {plan.title}, tkr</caption>
        <thead>
          <tr>
            <th scope="col">Budgetpost</th>
            {plan.funders.map((funder) => (
              <th key={funder.key} scope="col" className="numeric">
                {funder.name}
              </th>
            ))}
            <th scope="col" className="numeric">
              Summa
            </th>
          </tr>
        </thead>
        <tbody>
          {plan.budget.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {plan.funders.map((funder) => (
                <td key={funder.key} className="numeric">
                  {tkr(row.amounts[funder.key])}
                </td>
              ))}
              <td className="numeric">{tkr(rowTotal.get(row.key))}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="row-total">
            <th scope="row">Summa</th>
            {plan.funders.map((funder) => (
              <td key={funder.key} className="numeric">
                {tkr(funderTotal.get(funder.key))}
              </td>
            ))}
            <td className="numeric">{tkr(plan.sums.total)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroll>
  );
}

function latestFollowUp(action: Area['strategies'][number]['actions'][number], names: Map<string, string>) {
  const last = action.followUps.at(-1);
  if (!last) return <span className="muted">Inte uppföljd</span>;
  return (
    <>
      {actionFollowUpStatusLabels[last.status]} ({names.get(last.followUp) ?? last.followUp})
      {last.comment ? `: ${last.comment}` : ''}
    </>
  );
}

/** A focus area's strategies and actions as the plan's matrix, with each action's latest follow-up. */
export function AreaTable({ area, pointNames }: { area: Area; pointNames: Map<string, string> }) {
  return (
    <TableScroll label={area.title}>
      <table className="table">
        <caption>{area.title}</caption>
        <thead>
          <tr>
            <th scope="col">Strategi</th>
            <th scope="col">Insats</th>
            <th scope="col">Målgrupp</th>
            <th scope="col">Aktörer</th>
            <th scope="col">Planerad effekt/resultat</th>
            <th scope="col">Senaste uppföljning</th>
          </tr>
        </thead>
        <tbody>
          {area.strategies.flatMap((strategy) =>
            strategy.actions.map((action, index) => (
              <tr key={action.key}>
                {index === 0 && (
                  <th scope="rowgroup" rowSpan={strategy.actions.length}>
                    {strategy.title}
                  </th>
                )}
                <td>{action.what}</td>
                <td>{action.targetGroup}</td>
                <td>{action.actors}</td>
                <td>{action.plannedEffect}</td>
                <td>{latestFollowUp(action, pointNames)}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A plan as it reads: who it is agreed with, its period and purpose, its areas and its budget. */
export function ActionPlanView({ plan, pointNames }: { plan: ActionPlan; pointNames: Map<string, string> }) {
  return (
    <>
      <dl className="facts">
        <dt>Överenskommen med</dt>
        <dd>{plan.partner ?? <span className="muted">ingen annan part</span>}</dd>
        <dt>Period</dt>
        <dd>
          {plan.periodFrom || plan.periodTo ? (
            `${plan.periodFrom ?? ''} – ${plan.periodTo ?? ''}`
          ) : (
            <span className="muted">inte angiven</span>
          )}
        </dd>
      </dl>
      {plan.purpose && <RichText html={plan.purpose} />}
      {plan.focusAreas.map((area) => (
        <section key={area.key} aria-label={area.title}>
          <h3>{area.title}</h3>
          {area.description && <RichText html={area.description} />}
          <AreaTable area={area} pointNames={pointNames} />
        </section>
      ))}
      <h3>Budget</h3>
      <BudgetTable plan={plan} />
    </>
  );
}
