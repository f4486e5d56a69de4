import type { DocumentFrameInput } from '@styr/shared/contracts/document-frame';
import {
  pageStyles,
  type RunningFrame,
  runningParts,
  runningSegments,
  runningText,
  titlePageLines,
} from '@styr/shared/domain/document-frame';
import { CheckboxField, SelectField, TextField } from '../../components/form-fields.tsx';
import {
  type EditableFrame,
  editableFrame,
  pageStyleLabels,
  runningPartLabels,
  storedFrame,
  titleLineLabels,
  toggled,
} from './template-frame.ts';

const example = { title: 'Årsrapport 2025', committee: 'Socialnämnden', municipality: 'Kommunen' };

/** The parts of a footer or header, its separator and page style, with how page 6 of 44 would read. */
function RunningFields({
  name,
  value,
  onChange,
}: {
  name: string;
  value: Required<RunningFrame>;
  onChange: (value: Required<RunningFrame>) => void;
}) {
  return (
    <>
      <fieldset className="checkbox-group">
        <legend>Delar, i ordning</legend>
        {runningParts.map((part) => (
          <CheckboxField
            key={part}
            name={`${name}-${part}`}
            label={runningPartLabels[part]}
            checked={value.parts.includes(part)}
            onChange={(on) => onChange({ ...value, parts: toggled(value.parts, part, on) })}
          />
        ))}
      </fieldset>
      <TextField
        name={`${name}-separator`}
        label="Mellan delarna"
        width="short"
        maxLength={10}
        value={value.separator}
        onChange={(separator) => onChange({ ...value, separator })}
      />
      <SelectField
        name={`${name}-page-style`}
        label="Sidnummer"
        value={value.pageStyle}
        onChange={(style) =>
          onChange({ ...value, pageStyle: pageStyles.find((entry) => entry === style) ?? 'parenthesis' })
        }
        options={pageStyles.map((style) => ({ value: style, label: pageStyleLabels[style] }))}
      />
      <p className="field-hint">Till exempel: {runningText(runningSegments(value, example), 6, 44) || '–'}</p>
    </>
  );
}

/** "Dokumentets ram": title page, table of contents, footer and header of the template's document. */
export function TemplateFrameForm({
  frame,
  onChange,
}: {
  frame: DocumentFrameInput | undefined;
  onChange: (frame: DocumentFrameInput) => void;
}) {
  const value = editableFrame(frame);
  const set = (next: Partial<EditableFrame>) => onChange(storedFrame({ ...value, ...next }));
  const { titlePage, header } = value;
  return (
    <section aria-labelledby="dokumentets-ram" className="section">
      <h3 id="dokumentets-ram">Dokumentets ram</h3>
      <CheckboxField
        name="title-page"
        label="Titelsida"
        checked={titlePage.show}
        onChange={(show) => set({ titlePage: { ...titlePage, show } })}
      />
      {titlePage.show && (
        <>
          <fieldset className="checkbox-group">
            <legend>Titelsidans rader, i ordning</legend>
            {titlePageLines.map((line) => (
              <CheckboxField
                key={line}
                name={`title-line-${line}`}
                label={titleLineLabels[line]}
                checked={titlePage.lines.includes(line)}
                onChange={(on) =>
                  set({ titlePage: { ...titlePage, lines: toggled(titlePage.lines, line, on) } })
                }
              />
            ))}
          </fieldset>
          {titlePage.lines.includes('subtitle') && (
            <TextField
              name="title-subtitle"
              label="Egen undertitel"
              maxLength={200}
              value={titlePage.subtitle}
              onChange={(subtitle) => set({ titlePage: { ...titlePage, subtitle } })}
            />
          )}
          <CheckboxField
            name="title-logo"
            label="Kommunens logotyp"
            description="Logotypen laddas upp under Kommunens inställningar."
            checked={titlePage.logo}
            onChange={(logo) => set({ titlePage: { ...titlePage, logo } })}
          />
        </>
      )}
      <SelectField
        name="contents-depth"
        label="Innehållsförteckning"
        value={value.contentsDepth === null ? 'ingen' : String(value.contentsDepth)}
        onChange={(depth) => set({ contentsDepth: depth === 'ingen' ? null : Number(depth) })}
        options={[
          { value: 'ingen', label: 'Ingen innehållsförteckning' },
          { value: '1', label: 'Kapitel på nivå 1' },
          { value: '2', label: 'Kapitel på nivå 1–2' },
          { value: '3', label: 'Kapitel på nivå 1–3' },
        ]}
      />
      <fieldset>
        <legend>Sidfot</legend>
        <RunningFields name="footer" value={value.footer} onChange={(footer) => set({ footer })} />
      </fieldset>
      <CheckboxField
        name="header"
        label="Sidhuvud"
        checked={header.show}
        onChange={(show) => set({ header: { ...header, show } })}
      />
      {header.show && (
        <fieldset>
          <legend>Sidhuvud</legend>
          <RunningFields
            name="header"
            value={header}
            onChange={(running) => set({ header: { ...running, show: true } })}
          />
        </fieldset>
      )}
    </section>
  );
}
