import {
  pageStyles,
  type RunningFrame,
  runningParts,
  runningSegments,
  runningText,
  titlePageLines,
} from '@styr/shared/domain/document-frame';
import { useWatch } from 'react-hook-form';
import { FormCheckboxGroupField } from '../../components/form/checkbox-group-field.tsx';
import { ComparedAsOne } from '../../components/form/compared-fields.tsx';
import { FormCheckboxField, FormSelectField, FormTextField } from '../../components/form/fields.tsx';
import {
  type EditableFrame,
  noContents,
  pageStyleLabels,
  runningPartLabels,
  titleLineLabels,
} from './template-frame.ts';

const example = { title: 'Årsrapport 2025', committee: 'Socialnämnden', municipality: 'Kommunen' };

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));

/** How page 6 of 44 would read with a footer or header. */
const runningExample = (frame: unknown) =>
  runningText(runningSegments(frame as Required<RunningFrame>, example), 6, 44) || '–';

/**
 * The parts of a footer or header (`name`), its separator and page style, with how page 6 of 44 would read; a
 * version conflict compares it as that example.
 */
function RunningFields({ name, legend, compared }: { name: string; legend: string; compared: string }) {
  const value: Required<RunningFrame> = useWatch({ name });
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ComparedAsOne name={name} label={compared} show={runningExample}>
        <FormCheckboxGroupField
          name={`${name}.parts`}
          label="Delar, i ordning"
          order="checked"
          options={choices(runningParts, runningPartLabels)}
        />
        <FormTextField name={`${name}.separator`} label="Mellan delarna" width="short" maxLength={10} />
        <FormSelectField
          name={`${name}.pageStyle`}
          label="Sidnummer"
          options={choices(pageStyles, pageStyleLabels)}
        />
      </ComparedAsOne>
      <p className="field-hint">Till exempel: {runningExample(value)}</p>
    </fieldset>
  );
}

/**
 * "Dokumentets ram": title page, table of contents, footer and header of the template's document, as the fields
 * of the template form's `frame`.
 */
export function TemplateFrameFields() {
  const { titlePage, header }: EditableFrame = useWatch({ name: 'frame' });
  return (
    <section aria-labelledby="dokumentets-ram" className="section">
      <h3 id="dokumentets-ram">Dokumentets ram</h3>
      <FormCheckboxField name="frame.titlePage.show" label="Titelsida" />
      {titlePage.show && (
        <>
          <FormCheckboxGroupField
            name="frame.titlePage.lines"
            label="Titelsidans rader, i ordning"
            order="checked"
            options={choices(titlePageLines, titleLineLabels)}
          />
          {titlePage.lines.includes('subtitle') && (
            <FormTextField name="frame.titlePage.subtitle" label="Egen undertitel" maxLength={200} />
          )}
          <FormCheckboxField
            name="frame.titlePage.logo"
            label="Kommunens logotyp"
            description="Logotypen laddas upp under Kommunens inställningar."
          />
        </>
      )}
      <FormSelectField
        name="frame.contents"
        label="Innehållsförteckning"
        options={[
          { value: noContents, label: 'Ingen innehållsförteckning' },
          { value: '1', label: 'Kapitel på nivå 1' },
          { value: '2', label: 'Kapitel på nivå 1–2' },
          { value: '3', label: 'Kapitel på nivå 1–3' },
        ]}
      />
      <RunningFields name="frame.footer" legend="Sidfot" compared="Sidfotens rad" />
      <FormCheckboxField name="frame.header.show" label="Sidhuvud" />
      {header.show && <RunningFields name="frame.header" legend="Sidhuvud" compared="Sidhuvudets rad" />}
    </section>
  );
}
