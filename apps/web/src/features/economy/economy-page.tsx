import type { EconomyView } from '@styr/shared/contracts/economy';
import type { CommitteeYearView } from '@styr/shared/contracts/plan';
import { PageHeader } from '../../components/page-header.tsx';
import { PageLoadError, PageLoading } from '../../components/query-state.tsx';
import { CommitteeYearGate, ExportLink, usePlanAccess, useYearFreeze } from '../plan/index.ts';
import { CommitteeNav } from '../shell/index.ts';
import { departmentForm, investmentForm } from './amount-forms.ts';
import { AmountsForm } from './amounts-form.tsx';
import { DepartmentTable } from './department-table.tsx';
import { DeviationSection } from './deviation-section.tsx';
import { closingDocumentName } from './economy-labels.ts';
import { EconomyPart, EditDetails } from './economy-part.tsx';
import { EquitySection } from './equity-section.tsx';
import { GrantSection } from './grant-section.tsx';
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
  const scope = { committeeId: committee.id, year };
  const editing = { ...scope, documentName: closingDocumentName(view) };
  const departments = economy.departments.rows;
  const investments = economy.investments.rows;
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
      <EconomyPart scope={scope} id="deviations" title="Väsentliga avvikelser">
        <DeviationSection
          deviations={economy.significantDeviations}
          year={year}
          followUpName={(key) => view.followUpPoints.find((point) => point.key === key)?.name ?? key}
          {...(access.canEdit && { edit: { committeeId: committee.id, frozen: freeze.followUp } })}
        />
      </EconomyPart>
      <EconomyPart
        scope={scope}
        id="statement"
        title="Resultaträkning"
        excel="statement"
        after={
          canEdit && (
            <EditDetails summary="Ange ett belopp i resultaträkningen">
              <StatementAmountForm view={view} economy={economy} />
            </EditDetails>
          )
        }
      >
        <p className="page-lead">
          {economy.tables.some((table) => table.columnsChosen)
            ? 'Resultatet räknas fram ur sina delar. Varje avvikelse jämför de kolumner som dess rubrik nämner.'
            : 'Resultatet räknas fram ur sina delar. Avvikelsen är bokslut minus budget (reviderad budget där sådan finns).'}
        </p>
        {economy.tables.map((table) => (
          <StatementTable key={table.key} statement={table} year={year} />
        ))}
      </EconomyPart>
      <EconomyPart
        scope={scope}
        id="departments"
        title="Resultat per avdelning"
        excel={departments.length > 0 && 'departments'}
        after={
          departments.length > 0 && <DepartmentComments departments={departments} edit={canEdit && editing} />
        }
      >
        {departments.length === 0 ? (
          <p className="empty">Inget resultat per avdelning är inlagt för {year}.</p>
        ) : (
          <DepartmentTable departments={economy.departments} year={year} />
        )}
      </EconomyPart>
      <GrantSection grant={economy.grant} scope={scope} />
      <EconomyPart scope={scope} id="central" title="Kommuncentrala poster" excel="centralItems">
        <CentralItemTable items={economy.centralItems} year={year} />
      </EconomyPart>
      <EconomyPart
        scope={scope}
        id="investments"
        title="Investeringar"
        excel="investments"
        after={
          canEdit &&
          investments.length > 0 && (
            <EditDetails summary="Ändra en investering">
              {investments.map((investment) => (
                <AmountsForm key={investment.key} kind={investmentForm} item={investment} {...editing} />
              ))}
            </EditDetails>
          )
        }
      >
        <p className="page-lead">
          Avvikelsen är budget minus prognos, eller minus utfall där prognos saknas.
        </p>
        <InvestmentTable investments={economy.investments} year={year} />
      </EconomyPart>
      <EconomyPart scope={scope} id="state-grants" title="Statsbidrag" excel="stateGrants">
        <StateGrantTable grants={economy.stateGrants} year={year} />
      </EconomyPart>
      <EconomyPart scope={scope} id="key-figures" title="Nyckeltal" excel="keyFigures">
        <p className="page-lead">Förändringen från året innan står inom parentes.</p>
        <KeyFigureTables tables={economy.keyFigureTables} committeeId={committee.id} year={year} />
      </EconomyPart>
      <EconomyPart scope={scope} id="equity" title="Eget kapital">
        <EquitySection equity={economy.equity} year={year} {...(canEdit && { edit: editing })} />
      </EconomyPart>
    </>
  );
}

/** The committee's comment on each department's result: a form each for those who may change them. */
function DepartmentComments({
  departments,
  edit,
}: {
  departments: EconomyView['departments']['rows'];
  edit: { committeeId: string; year: number; documentName: string } | false;
}) {
  return (
    <>
      <h3>Kommentarer</h3>
      {departments.map((department) =>
        edit ? (
          <AmountsForm key={department.key} kind={departmentForm} item={department} {...edit} />
        ) : (
          <article key={department.key} aria-labelledby={`comment-${department.key}`}>
            <h4 id={`comment-${department.key}`}>{department.name}</h4>
            <p className="prose">{department.comment ?? 'Ingen kommentar.'}</p>
          </article>
        ),
      )}
    </>
  );
}
