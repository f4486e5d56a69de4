import { useWatch } from 'react-hook-form';
import {
  FormNumberField,
  FormRichTextField,
  FormTextAreaField,
  FormTextField,
} from '../../components/form/fields.tsx';
import { FormRows } from '../../components/form/form-rows.tsx';
import { amountName, newAction, newArea, newKey, newStrategy, type PlanDraft } from './action-plan-draft.ts';

/** A strategy's actions (insatser): what is done, for whom, by whom and to what effect. */
function ActionFields({ strategy }: { strategy: string }) {
  return (
    <FormRows name={`${strategy}.actions`} rowName="Insats" addLabel="Lägg till en insats" newRow={newAction}>
      {(action) => (
        <>
          <FormTextField label="Insats" name={`${action}.what`} maxLength={2000} />
          <FormTextField label="Målgrupp" name={`${action}.targetGroup`} optional maxLength={1000} />
          <FormTextField label="Aktörer" name={`${action}.actors`} optional maxLength={2000} />
          <FormTextAreaField
            label="Planerad effekt eller resultat"
            name={`${action}.plannedEffect`}
            optional
            rows={2}
            maxLength={5000}
          />
        </>
      )}
    </FormRows>
  );
}

/** The titles, names or labels of a list's parts, as a version conflict compares the list. */
const shownNames = (parts: unknown) =>
  (parts as { title?: string; name?: string; label?: string }[])
    .map((part) => (part.title ?? part.name ?? part.label ?? '').trim())
    .join('; ') || '–';

/** The plan's focus areas: each its title and description, its strategies and under each its actions. */
export function AreaFields() {
  return (
    <FormRows
      name="focusAreas"
      rowName="Fokusområde"
      addLabel="Lägg till ett fokusområde"
      newRow={newArea}
      compared={{ label: 'Fokusområden', show: shownNames }}
    >
      {(area) => (
        <>
          <FormTextField label="Rubrik" name={`${area}.title`} maxLength={500} />
          <FormRichTextField label="Beskrivning" name={`${area}.description`} optional />
          <FormRows
            name={`${area}.strategies`}
            rowName="Strategi"
            addLabel="Lägg till en strategi"
            newRow={newStrategy}
          >
            {(strategy) => (
              <>
                <FormTextField label="Strategi" name={`${strategy}.title`} maxLength={500} />
                <ActionFields strategy={strategy} />
              </>
            )}
          </FormRows>
        </>
      )}
    </FormRows>
  );
}

/** The funders and the budget rows, an amount in tkr per funder on each row. */
export function BudgetFields() {
  const funders: PlanDraft['funders'] = useWatch({ name: 'funders' });
  return (
    <>
      <FormRows
        name="funders"
        legend="Finansiärer"
        rowName="Finansiär"
        addLabel="Lägg till en finansiär"
        newRow={() => ({ key: newKey('finansiar'), name: '' })}
        compared={{ label: 'Finansiärer', show: shownNames }}
      >
        {(funder) => <FormTextField label="Namn" name={`${funder}.name`} width="medium" maxLength={500} />}
      </FormRows>
      <FormRows
        name="budget"
        legend="Budget i tkr"
        rowName="Budgetrad"
        addLabel="Lägg till en budgetrad"
        newRow={() => ({ key: newKey('rad'), label: '', amounts: {} })}
        compared={{ label: 'Budgetrader', show: shownNames }}
      >
        {(row) => (
          <>
            <FormTextField label="Budgetpost" name={`${row}.label`} maxLength={500} />
            {funders.map((funder) => (
              <FormNumberField
                key={funder.key}
                label={`${funder.name || 'Finansiär'}, tkr`}
                name={`${row}.amounts.${amountName(funder.key)}`}
                optional
              />
            ))}
          </>
        )}
      </FormRows>
    </>
  );
}
