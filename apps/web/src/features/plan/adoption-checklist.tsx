import type { AdoptionChecklistView } from '@styr/shared/contracts/adoption';
import { controlPlanDocument } from '@styr/shared/domain/risk';
import { formatNumber } from '@styr/shared/format/number';
import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { FormCheckboxField } from '../../components/form/fields.tsx';
import { useMe } from '../auth/index.ts';
import '../../styles/adoption.css';

/** The checklist of one document, asked anew each time the dialog opens: the year may have changed since. */
export function useAdoptionChecklist(committeeId: string, year: number, document: string) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  return useQuery({
    queryKey: queryKeys.adoptionChecklist(municipalityId, committeeId, year, document),
    queryFn: () => api.plan.getAdoptionChecklist({ municipalityId, committeeId, year }, document),
    staleTime: 0,
    gcTime: 0,
  });
}

const progressText = (done: number, total: number) => `${formatNumber(done)} av ${formatNumber(total)}`;

/** What the adopted document will hold: the objects counted, and its chapters in print order. */
function Contents({ checklist, followUp }: { checklist: AdoptionChecklistView; followUp: boolean }) {
  const { contents } = checklist;
  const rows: [string, string][] = followUp
    ? [
        ['Mål bedömda', progressText(contents.goals.done, contents.goals.total)],
        ['Indikatorer med utfall', progressText(contents.indicators.done, contents.indicators.total)],
        ['Uppdrag med status', progressText(contents.assignments.done, contents.assignments.total)],
        ['Aktiviteter', formatNumber(contents.activities)],
      ]
    : [
        ['Målområden', formatNumber(contents.goalAreas)],
        ['Mål', formatNumber(contents.goals.total)],
        ['Indikatorer', formatNumber(contents.indicators.total)],
        ['Uppdrag', formatNumber(contents.assignments.total)],
        ['Aktiviteter', formatNumber(contents.activities)],
      ];
  return (
    <>
      <h3>Innehåll</h3>
      <dl className="checklist-counts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {checklist.chapters.length > 0 && (
        <details>
          <summary>Kapitel i dokumentet ({formatNumber(checklist.chapters.length)})</summary>
          <ol className="checklist-chapters">
            {checklist.chapters.map((chapter) => (
              <li key={`${chapter.number} ${chapter.title}`}>
                {chapter.number} {chapter.title}
                {chapter.lacking && <span className="muted"> – {chapter.lacking}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

/**
 * The step before the decision: what stops the adoption, what is missing (to be acknowledged), and what the
 * document will contain. The acknowledgement is a field of the adoption form, which is there only when nothing
 * stops the adoption.
 */
export function AdoptionChecklistPanel({ checklist }: { checklist: AdoptionChecklistView }) {
  const followUp = checklist.document !== 'plan' && checklist.document !== controlPlanDocument;
  return (
    <section aria-labelledby="adoption-checklist" className="adoption-checklist">
      <h3 id="adoption-checklist">Kontroll före fastställande</h3>
      {checklist.blocking.length > 0 && (
        <div className="alert alert-error">
          <p className="alert-title">Dokumentet kan inte fastställas</p>
          <ul>
            {checklist.blocking.map((item) => (
              <li key={item.key}>{item.message}</li>
            ))}
          </ul>
        </div>
      )}
      {checklist.warnings.length > 0 ? (
        <>
          <p>Detta saknas:</p>
          <ul>
            {checklist.warnings.map((item) => (
              <li key={item.key}>{item.message}</li>
            ))}
          </ul>
          {checklist.blocking.length === 0 && (
            <FormCheckboxField
              label="Jag har sett det som saknas och vill fastställa dokumentet ändå"
              name="acknowledged"
            />
          )}
        </>
      ) : (
        checklist.blocking.length === 0 && <p>Inget saknas.</p>
      )}
      {checklist.document !== controlPlanDocument && <Contents checklist={checklist} followUp={followUp} />}
    </section>
  );
}
