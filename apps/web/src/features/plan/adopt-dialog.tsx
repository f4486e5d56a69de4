import type { AdoptionChecklistView } from '@styr/shared/contracts/adoption';
import {
  type ChangeDocumentStatus,
  changeDocumentStatusSchema,
  type PlanDocument,
} from '@styr/shared/contracts/plan';
import { Button } from 'react-aria-components';
import { ModalDialog } from '../../components/dialogs.tsx';
import { dateIssues } from '../../components/form/field-checks.ts';
import { FormDateField, FormTextField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { Loading, QueryError } from '../../components/query-state.tsx';
import { AdoptionChecklistPanel, useAdoptionChecklist } from './adoption-checklist.tsx';

type Values = { decision: { date: string; paragraph: string }; acknowledged: boolean };

/** "12" becomes "§ 12", as the minutes write it; anything else is kept as typed. */
function paragraphText(value: string): string {
  const trimmed = value.trim();
  return /^\d+$/.test(trimmed) ? `§ ${trimmed}` : trimmed;
}

const closeButton = (
  <Button className="button button-secondary" slot="close">
    Avbryt
  </Button>
);

/**
 * Shows the checklist of what the document lacks and will hold, then asks for the committee's decision (date and
 * paragraph). Something blocking leaves no decision to make; what is only missing is acknowledged first.
 */
export function AdoptDialog({
  name,
  committeeId,
  year,
  documentKey,
  document,
  onAdopt,
  onClose,
}: {
  /** "Årsrapport 2022". */
  name: string;
  committeeId: string;
  year: number;
  documentKey: string;
  document: PlanDocument | null;
  /** Sends the decision; what goes wrong is said in the dialog. */
  onAdopt: (body: ChangeDocumentStatus) => Promise<PlanDocument>;
  onClose: () => void;
}) {
  const checklist = useAdoptionChecklist(committeeId, year, documentKey);
  const adoptable = checklist.data?.blocking.length === 0 ? checklist.data : null;
  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title={`Fastställ ${name}`}>
      <p>
        Ange nämndens beslut. När {name} är fastställd kan ingenting i den ändras längre: bedömningar, utfall,
        rapporter och texter låses som de är nu.
      </p>
      {checklist.isPending && <Loading label="Kontrollerar dokumentet…" />}
      {checklist.isError && <QueryError error={checklist.error} onRetry={() => checklist.refetch()} />}
      {adoptable ? (
        <DecisionForm name={name} checklist={adoptable} document={document} onAdopt={onAdopt} />
      ) : (
        <>
          {checklist.data && <AdoptionChecklistPanel checklist={checklist.data} />}
          <div className="button-row">{closeButton}</div>
        </>
      )}
    </ModalDialog>
  );
}

function DecisionForm({
  name,
  checklist,
  document,
  onAdopt,
}: {
  name: string;
  checklist: AdoptionChecklistView;
  document: PlanDocument | null;
  onAdopt: (body: ChangeDocumentStatus) => Promise<PlanDocument>;
}) {
  const save = useSaveForm<PlanDocument, Values, ChangeDocumentStatus>({
    stored: null,
    toValues: () => ({ decision: { date: '', paragraph: '' }, acknowledged: false }),
    schema: changeDocumentStatusSchema,
    toBody: ({ decision }) => ({
      version: document?.version,
      status: 'adopted',
      decision: { date: decision.date, paragraph: paragraphText(decision.paragraph) },
    }),
    check: ({ decision, acknowledged }) => [
      ...dateIssues({ 'decision.date': { value: decision.date } }),
      ...(decision.paragraph.trim()
        ? []
        : [{ path: 'decision.paragraph', message: 'Ange paragrafen i protokollet' }]),
      ...(checklist.warnings.length > 0 && !acknowledged
        ? [{ path: 'acknowledged', message: 'Bekräfta att du har sett det som saknas' }]
        : []),
    ],
  });
  return (
    <SaveForm
      save={save}
      className="form"
      onSubmit={save.submit(onAdopt, { saved: `${name} är fastställd.` })}
      subject={name}
      saveLabel="Fastställ"
      actions={closeButton}
    >
      <AdoptionChecklistPanel checklist={checklist} />
      <FormDateField
        label="Beslutsdatum"
        name="decision.date"
        description="Dagen då nämnden fattade beslutet"
      />
      <FormTextField
        label="Paragraf"
        name="decision.paragraph"
        width="short"
        maxLength={40}
        autoComplete="off"
        description="Paragrafen i nämndens protokoll, till exempel § 12."
      />
    </SaveForm>
  );
}
