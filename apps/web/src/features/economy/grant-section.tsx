import type { GrantView } from '@styr/shared/contracts/economy';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { ErrorAlert } from '../../components/alerts.tsx';
import { AmountTable, tkr } from './amount-table.tsx';
import { capitalized } from './economy-labels.ts';
import { EconomyPart } from './economy-part.tsx';

const shortMonth = (month: number) => capitalized(monthName(month).slice(0, 3));

/** Kommunbidrag: the budget per department, what was moved month by month and why, and the sums. */
export function GrantSection({
  grant,
  scope,
}: {
  grant: GrantView;
  scope: { committeeId: string; year: number };
}) {
  return (
    <EconomyPart scope={scope} id="grant" title="Kommunbidrag" excel="grant">
      <GrantTables grant={grant} year={scope.year} />
    </EconomyPart>
  );
}

function GrantTables({ grant, year }: { grant: GrantView; year: number }) {
  if (grant.rows.length === 0)
    return <p className="empty">Ingen fördelning av kommunbidraget per avdelning är inlagd för {year}.</p>;
  return (
    <>
      {grant.problems.length > 0 && (
        <ErrorAlert title="Budgetjusteringarna stämmer inte">
          <ul>
            {grant.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </ErrorAlert>
      )}
      <AmountTable
        caption={`Kommunbidrag ${year} per avdelning med budgetjusteringar per månad, tkr`}
        corner="Tkr"
        columns={[
          { key: 'budget', heading: 'Budget' },
          ...grant.months.map((month) => ({
            key: String(month),
            heading: <abbr title={`Justering i ${monthName(month)}`}>{shortMonth(month)}</abbr>,
          })),
          { key: 'total', heading: 'Summa' },
        ]}
        rows={grant.rows.map((row) => ({
          key: row.department,
          heading: row.name,
          cells: [
            tkr(row.budget),
            ...grant.months.map((month) => (row.byMonth[month] === undefined ? '' : tkr(row.byMonth[month]))),
            tkr(row.total),
          ],
        }))}
        total={[
          tkr(grant.budgetTotal),
          ...grant.months.map((month) => tkr(grant.monthTotals[month])),
          tkr(grant.total),
        ]}
      />
      <h3>Skäl till justeringarna</h3>
      <dl className="grant-reasons">
        {grant.rounds.map((round) => (
          <div key={round.month}>
            <dt>{capitalized(monthName(round.month))}</dt>
            <dd>
              {round.reason}
              {round.decisionAmount !== null && ` Nytt beslut: ${tkr(round.decisionAmount)} tkr.`}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
