import type { EconomyView } from '@styr/shared/contracts/economy';
import { AmountTable, tkr } from './amount-table.tsx';

/** Targeted state grants received in the year, in tkr, with their sum. */
export function StateGrantTable({ grants, year }: { grants: EconomyView['stateGrants']; year: number }) {
  if (grants.rows.length === 0)
    return <p className="empty">Inga riktade statsbidrag är inlagda för {year}.</p>;
  return (
    <AmountTable
      caption={`Erhållna riktade statsbidrag ${year}, tkr`}
      corner="Statsbidrag"
      columns={[
        { key: 'amount', heading: 'Belopp' },
        { key: 'code', heading: 'Speckod', text: true },
        { key: 'grantor', heading: 'Bidragsgivare', text: true },
      ]}
      rows={grants.rows.map((grant) => ({
        key: `${grant.name}:${grant.code ?? ''}`,
        heading: grant.name,
        cells: [tkr(grant.amount), grant.code ?? <span className="muted">saknas</span>, grant.grantor],
      }))}
      total={[tkr(grants.total)]}
    />
  );
}

/** Kommuncentrala poster: outcome against the budgeted amount, the deviation and why. */
export function CentralItemTable({ items, year }: { items: EconomyView['centralItems']; year: number }) {
  if (items.length === 0) return <p className="empty">Inga kommuncentrala poster är inlagda för {year}.</p>;
  return (
    <>
      <AmountTable
        caption={`Kommuncentrala poster ${year}, tkr`}
        corner="Kommuncentral post"
        columns={[
          { key: 'actual', heading: 'Utfall' },
          { key: 'budget', heading: 'Budgeterat belopp' },
          { key: 'deviation', heading: 'Avvikelse' },
        ]}
        rows={items.map((item) => ({
          key: item.name,
          heading: item.name,
          cells: [item.actual, item.budget, item.deviation].map(tkr),
        }))}
      />
      {items
        .filter((item) => item.comment)
        .map((item) => (
          <p key={item.name} className="prose">
            <strong>{item.name}:</strong> {item.comment}
          </p>
        ))}
    </>
  );
}
