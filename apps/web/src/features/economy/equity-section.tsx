import type { EquityView } from '@styr/shared/contracts/economy';
import { equityForm } from './amount-forms.ts';
import { AmountsForm } from './amounts-form.tsx';
import { amountText } from './economy-labels.ts';

const mnkr = (kronor: string | null) =>
  kronor === null ? 'uppgift saknas' : `${amountText(kronor, 'mnkr')} mnkr`;

/** Eget kapital at year end against the decided and the proposed level, and the committee's assessment. */
export function EquitySection({
  equity,
  year,
  edit,
}: {
  equity: EquityView;
  year: number;
  /** Present when the person may change the assessment. */
  edit?: { committeeId: string; year: number; documentName: string };
}) {
  const figures = [
    ['Eget kapital vid årets slut', equity.closing],
    ['Fastställd nivå', equity.decidedLevel],
    ['Nivå som nämnden föreslår', equity.proposedLevel],
    ['Återredovisas', equity.toReturn],
  ] as const;
  return (
    <>
      <dl className="summary">
        {figures.map(([term, kronor]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{mnkr(kronor)}</dd>
          </div>
        ))}
      </dl>
      {edit ? (
        <AmountsForm kind={equityForm} item={equity} {...edit} />
      ) : (
        <p className="prose">
          {equity.assessment ?? `Nämnden har inte värderat sitt egna kapital för ${year}.`}
        </p>
      )}
    </>
  );
}
