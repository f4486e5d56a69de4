import {
  type SetStatementAmount,
  type StatementAmountView,
  setStatementAmountSchema,
  statementAmountSchema,
} from '@styr/shared/contracts/economy';
import { FormNumberField } from '../../components/form/fields.tsx';
import { SaveForm } from '../../components/form/save-form.tsx';
import { useSaveForm } from '../../components/form/use-save-form.ts';
import { kronorOf, tkrInputText, tkrIssues } from './amount-input.ts';
import { amountText } from './economy-labels.ts';
import type { StatementFigure } from './statement-figure.ts';
import { useEconomySave } from './use-economy.ts';

export const figureLabel = (printed: boolean) => (printed ? 'Tryckt belopp i tkr' : 'Belopp i tkr');

/** What the figure's field says: how to enter it, and what is stored now. */
export function figureDescription(label: string, printed: boolean, stored: StatementAmountView | null) {
  const now = stored && `${amountText(stored.amount, 'tkr')} tkr`;
  return printed
    ? {
        about: `${label} räknas fram ur sina delar. Ange beloppet som ett antaget dokument tryckte; det visas i stället för det beräknade, med en varning om de skiljer sig.`,
        now: now ? `Tryckt belopp nu: ${now}.` : 'Inget tryckt belopp är sparat.',
      }
    : {
        about: 'Kostnader anges med minustecken. Lämna tomt om uppgift saknas.',
        now: now ? `Sparat nu: ${now}.` : 'Inget belopp är sparat.',
      };
}

/** The figure stored in the chosen cell; null once removed (removing a printed figure answers null). */
interface Stored {
  amount: StatementAmountView | null;
  version: number;
}
/**
 * A removed figure counts as newer than any the page still holds, so that the form does not take the removed
 * figure back from the page before the page has read the economy again.
 */
const storedOf = (amount: StatementAmountView | null): Stored => ({
  amount,
  version: amount?.version ?? Number.POSITIVE_INFINITY,
});
// A conflict answers what is stored now, or null where someone removed the figure.
const storedSchema = statementAmountSchema.nullable().transform(storedOf);
const toValues = (stored: Stored | null) => ({ amount: tkrInputText(stored?.amount?.amount) });

/**
 * Enters one figure in tkr. On a computed line (a result) the figure is the one an adopted document printed: it
 * shows instead of the computed value, with a warning when the two differ, and can be removed again.
 */
export function StatementFigureForm({
  figure,
  label,
  printed,
  stored,
  committeeId,
  economyYear,
  documentName,
}: {
  figure: StatementFigure;
  label: string;
  printed: boolean;
  stored: StatementAmountView | null;
  committeeId: string;
  /** The year of the page, whose economy the figure is part of (an earlier year's outcome, too). */
  economyYear: number;
  documentName: string;
}) {
  const economy = useEconomySave(committeeId, economyYear, (api, scope, body: SetStatementAmount) =>
    api.setStatementAmount(scope, body),
  );
  const save = useSaveForm({
    stored: stored && storedOf(stored),
    toValues,
    schema: setStatementAmountSchema,
    toBody: (values, base) => ({
      version: base?.amount?.version,
      line: figure.line,
      year: figure.year,
      column: figure.kind,
      month: figure.month,
      amount: kronorOf(values.amount),
      printed,
    }),
    check: (values) => tkrIssues(values, ['amount']),
    storedSchema,
    onStoredChange: economy.refresh,
    frozen: { documentName, onRefresh: () => economy.showAdopted(figure.year) },
  });
  const description = figureDescription(label, printed, save.base?.amount ?? null);

  return (
    <SaveForm
      save={save}
      onSubmit={save.submit(async (body) => storedOf(await economy.send(body)), {
        saved: (saved) =>
          saved.amount ? `${label} är sparat.` : `Det tryckta beloppet för ${label} är borttaget.`,
      })}
      subject={`beloppet för ${label}`}
      {...(printed && { saveLabel: 'Ange tryckt belopp' })}
      saveContext={printed ? `för ${label}` : `belopp för ${label}`}
      actions={
        printed &&
        save.base?.amount && (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={save.pending}
            aria-label={`Ta bort tryckt belopp för ${label}`}
            onClick={() => {
              // A printed figure of nothing is no printed figure: saving it empty removes it.
              save.form.setValue('amount', '', { shouldDirty: true });
              save.formRef.current?.requestSubmit();
            }}
          >
            Ta bort tryckt belopp
          </button>
        )
      }
    >
      <FormNumberField
        label={figureLabel(printed)}
        name="amount"
        optional
        description={`${description.about} ${description.now}`}
      />
    </SaveForm>
  );
}
