import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { isFrozen } from '@styr/shared/domain/document-lifecycle';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { decisionText, documentName } from './plan-labels.ts';
import { useYearFreeze } from './use-year-freeze.ts';
import '../../styles/adoption.css';

/** What each adopted document locks, as the write authority freezes it. */
function locks(document: string, lastFollowUp: string): string {
  if (document === 'plan') return 'mål, indikatorer, målvärden, uppdrag och handlingsplaner kan inte ändras';
  if (document === controlPlanDocument) return 'riskerna och kontrollmomenten kan inte ändras';
  if (document === lastFollowUp)
    return 'dess bedömningar, utfall, rapporter och texter samt årets aktiviteter, ekonomi och kontrollresultat kan inte ändras';
  return 'dess bedömningar, utfall, rapporter och texter kan inte ändras';
}

/**
 * On every page of a year with an adopted document: who adopted what, with the decision's date and paragraph,
 * and what that locks. The year's pages show what is locked read-only.
 */
export function FrozenYearBanner({ view }: { view: CommitteeYearView }) {
  const freeze = useYearFreeze(view);
  if (!freeze.any) return null;
  const adopted = view.documents.filter((entry) => isFrozen(entry.status));
  return (
    <div className="frozen-banner" data-testid="frozen-banner">
      <p>
        <strong>
          {freeze.yearEnd
            ? `Året ${view.year} är avslutat: årsrapporten är fastställd.`
            : `Delar av ${view.year} är fastställda och visas skrivskyddade.`}
        </strong>
      </p>
      <ul>
        {adopted.map((entry) => (
          <li key={entry.document}>
            {documentName(entry.document, view.followUpPoints, view.year)} fastställdes av{' '}
            {view.committee.name}
            {entry.decision ? ` ${decisionText(entry.decision)}` : ''};{' '}
            {locks(entry.document, freeze.lastFollowUp)}.
          </li>
        ))}
      </ul>
    </div>
  );
}
