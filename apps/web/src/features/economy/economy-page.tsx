import type { EconomyView } from '@styr/shared/contracts/economy';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoadError, PageLoading } from '../../components/query-state.tsx';
import { CommitteeYearGate, ExportLink, usePlanAccess, useYearFreeze } from '../plan/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { DepartmentForm } from './department-form.tsx';
import { DepartmentTable } from './department-table.tsx';
import { DeviationSection } from './deviation-section.tsx';
import { closingDocumentName } from './economy-labels.ts';
import { EquitySection } from './equity-section.tsx';
import { ExcelLink } from './excel-link.tsx';
import { GrantSection } from './grant-section.tsx';
import { InvestmentForm } from './investment-form.tsx';
import { InvestmentTable } from './investment-table.tsx';
import { KeyFigureTables } from './key-figure-tables.tsx';
import { CentralItemTable, StateGrantTable } from './report-tables.tsx';
import { SpreadsheetImport } from './spreadsheet-import.tsx';
import { StatementAmountForm } from './statement-amount-form.tsx';
import { StatementTable } from './statement-table.tsx';
import { useEconomy } from './use-economy.ts';
import '../../styles/plan.css';
import '../../styles/economy.css';

const title = 'Ekonomi och nyckeltal';

/**
 * The committee's economy in a year: income statement, result per department, kommunbidrag, kommuncentrala
 * poster, state grants and equity.
 */
export function EconomyPage() {
  return (
    <CommitteeYearGate title={title} page="economy">
      {(view) => <EconomyLoader view={view} />}
    </CommitteeYearGate>
  );
}

function EconomyLoader({ view }: { view: CommitteeYearView }) {
  const economy = useEconomy(view.committee.id, view.year);
  if (economy.isError)
    return <PageLoadError title={title} error={economy.error} onRetry={() => economy.refetch()} />;
  if (economy.isPending) return <PageLoading title={title} />;
  return <EconomyContent view={view} economy={economy.data} />;
}

function EconomyContent({ view, economy }: { view: CommitteeYearView; economy: EconomyView }) {
  const { committee, year } = view;
  const access = usePlanAccess(committee.id);
  const freeze = useYearFreeze(view);
  // The economy freezes with the year's last follow-up; a deviation with its own follow-up.
  const canEdit = access.canEdit && !freeze.yearEnd;
  const documentName = closingDocumentName(view);
  return (
    <>
      <PageHeader
        title={title}
        kicker={`${committee.name} ${year}`}
        documentTitle={`${title} – ${committee.name} ${year}`}
      />
      <CommitteeNav committeeId={committee.id} year={year} />
      <ExportLink committeeId={committee.id} committeeName={committee.name} year={year} />
      {canEdit && (
        <SpreadsheetImport
          committeeId={committee.id}
          year={year}
          statementColumns={economy.tables.flatMap((table) => table.columns)}
        />
      )}
      <section aria-labelledby="deviations-heading" className="section">
        <h2 id="deviations-heading">Väsentliga avvikelser</h2>
        <DeviationSection
          deviations={economy.significantDeviations}
          year={year}
          followUpName={(key) => view.followUpPoints.find((point) => point.key === key)?.name ?? key}
          {...(access.canEdit && { edit: { committeeId: committee.id, frozen: freeze.followUp } })}
        />
      </section>
      <section aria-labelledby="statement-heading" className="section">
        <h2 id="statement-heading">Resultaträkning</h2>
        <p className="page-lead">
          {economy.tables.some((table) => table.columnsChosen)
            ? 'Resultatet räknas fram ur sina delar. Varje avvikelse jämför de kolumner som dess rubrik nämner.'
            : 'Resultatet räknas fram ur sina delar. Avvikelsen är bokslut minus budget (reviderad budget där sådan finns).'}
        </p>
        {economy.tables.map((table) => (
          <StatementTable key={table.key} statement={table} year={year} />
        ))}
        <ExcelLink committeeId={committee.id} year={year} table="statement" name="resultaträkningen" />
        {canEdit && (
          <details className="economy-edit">
            <summary>Ange ett belopp i resultaträkningen</summary>
            <StatementAmountForm committeeId={committee.id} economy={economy} documentName={documentName} />
          </details>
        )}
      </section>
      <section aria-labelledby="departments-heading" className="section">
        <h2 id="departments-heading">Resultat per avdelning</h2>
        {economy.departments.rows.length === 0 ? (
          <p className="empty">Inget resultat per avdelning är inlagt för {year}.</p>
        ) : (
          <>
            <DepartmentTable departments={economy.departments} year={year} />
            <ExcelLink
              committeeId={committee.id}
              year={year}
              table="departments"
              name="resultat per avdelning"
            />
            <h3>Kommentarer</h3>
            {canEdit
              ? economy.departments.rows.map((department) => (
                  <DepartmentForm
                    key={department.key}
                    committeeId={committee.id}
                    year={year}
                    department={department}
                    documentName={documentName}
                  />
                ))
              : economy.departments.rows.map((department) => (
                  <article key={department.key} aria-labelledby={`comment-${department.key}`}>
                    <h4 id={`comment-${department.key}`}>{department.name}</h4>
                    <p className="prose">{department.comment ?? 'Ingen kommentar.'}</p>
                  </article>
                ))}
          </>
        )}
      </section>
      <section aria-labelledby="grant-heading" className="section">
        <h2 id="grant-heading">Kommunbidrag</h2>
        <GrantSection grant={economy.grant} year={year} />
        <ExcelLink committeeId={committee.id} year={year} table="grant" name="kommunbidraget" />
      </section>
      <section aria-labelledby="central-heading" className="section">
        <h2 id="central-heading">Kommuncentrala poster</h2>
        <CentralItemTable items={economy.centralItems} year={year} />
        <ExcelLink committeeId={committee.id} year={year} table="centralItems" name="kommuncentrala poster" />
      </section>
      <section aria-labelledby="investments-heading" className="section">
        <h2 id="investments-heading">Investeringar</h2>
        <p className="page-lead">
          Avvikelsen är budget minus prognos, eller minus utfall där prognos saknas.
        </p>
        <InvestmentTable investments={economy.investments} year={year} />
        <ExcelLink committeeId={committee.id} year={year} table="investments" name="investeringarna" />
        {canEdit && economy.investments.rows.length > 0 && (
          <details className="economy-edit">
            <summary>Ändra en investering</summary>
            {economy.investments.rows.map((investment) => (
              <InvestmentForm
                key={investment.key}
                committeeId={committee.id}
                year={year}
                investment={investment}
                documentName={documentName}
              />
            ))}
          </details>
        )}
      </section>
      <section aria-labelledby="state-grants-heading" className="section">
        <h2 id="state-grants-heading">Statsbidrag</h2>
        <StateGrantTable grants={economy.stateGrants} year={year} />
        <ExcelLink committeeId={committee.id} year={year} table="stateGrants" name="statsbidragen" />
      </section>
      <section aria-labelledby="key-figures-heading" className="section">
        <h2 id="key-figures-heading">Nyckeltal</h2>
        <p className="page-lead">Förändringen från året innan står inom parentes.</p>
        <KeyFigureTables tables={economy.keyFigureTables} committeeId={committee.id} year={year} />
        <ExcelLink committeeId={committee.id} year={year} table="keyFigures" name="nyckeltalen" />
      </section>
      <section aria-labelledby="equity-heading" className="section">
        <h2 id="equity-heading">Eget kapital</h2>
        <EquitySection
          equity={economy.equity}
          year={year}
          {...(canEdit && { edit: { committeeId: committee.id, documentName } })}
        />
      </section>
    </>
  );
}
