import type { DocumentOverview } from '@styr/shared/contracts/documents';

/** The chapters that still lack content, so that the controller knows what to chase before the deadline. */
export function LackingChapters({ overview }: { overview: DocumentOverview }) {
  const lacking = overview.chapters.filter((chapter) => chapter.lacking);
  return (
    <section aria-labelledby="saknas" className="section">
      <h2 id="saknas">Innehåll som saknas</h2>
      {lacking.length === 0 ? (
        <p>Alla kapitel har sitt innehåll.</p>
      ) : (
        <ul className="lacking-list">
          {lacking.map((chapter) => (
            <li key={chapter.key}>
              <strong>
                {chapter.number} {chapter.title}
              </strong>
              : {chapter.lacking}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
