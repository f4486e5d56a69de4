import { goalLayouts, goalNestings, itemLayouts } from '@styr/shared/contracts/document-item-options';
import type { Section, TemplateChapter } from '@styr/shared/contracts/documents';
import { itemHeadingFields } from '@styr/shared/domain/heading-pattern';
import { SelectField, TextField } from '../../components/form-fields.tsx';

type ItemSection = Extract<Section, { kind: 'goals' | 'assignments' | 'riskRegister' | 'controlPlan' }>;

const isItemSection = (section: Section): section is ItemSection =>
  section.kind === 'goals' ||
  section.kind === 'assignments' ||
  section.kind === 'riskRegister' ||
  section.kind === 'controlPlan';

const itemNames: Record<ItemSection['kind'], string> = {
  goals: 'målen',
  assignments: 'uppdragen',
  riskRegister: 'riskerna',
  controlPlan: 'kontrollmomenten',
};

const layoutLabels: Record<(typeof itemLayouts)[number], string> = {
  table: 'I en tabell',
  blocks: 'Vart och ett under egen rubrik',
  chapters: 'Vart och ett som numrerat kapitel',
};

const nestingLabels: Record<(typeof goalNestings)[number], string> = {
  list: 'Under överordnat mål när avsnittet har det',
  hierarchy: 'Under alla överordnade mål, även andra slags',
  flat: 'Alla på samma nivå',
};

/** The section without an option: absent means the section's default, so a cleared choice leaves no key. */
function withOption(section: ItemSection, key: 'layout' | 'nesting' | 'heading', value: string): Section {
  const next: Record<string, unknown> = { ...section };
  if (value === '') delete next[key];
  else next[key] = value;
  // The options offered are the schema's own values, so the changed section is still one the schema takes.
  return next as unknown as Section;
}

/**
 * How a goal, assignment, risk or control chapter prints its items: as a table or blocks or numbered chapters, in
 * which nesting (goals), under which heading pattern. The parts and their order are set in the template file.
 */
export function TemplateItemOptions({
  chapter,
  onChange,
}: {
  chapter: TemplateChapter;
  onChange: (section: Section) => void;
}) {
  const { section } = chapter;
  if (!isItemSection(section)) return null;
  const layouts = section.kind === 'goals' ? goalLayouts : itemLayouts;
  const layout = section.layout ?? layouts[0];
  const fields = (itemHeadingFields[section.kind] ?? []).map((field) => `{${field}}`).join(', ');
  return (
    <div className="template-item-options">
      <SelectField
        label={`Hur ${itemNames[section.kind]} i ”${chapter.title}” skrivs ut`}
        name={`layout-${chapter.key}`}
        value={layout}
        onChange={(value) => onChange(withOption(section, 'layout', value === layouts[0] ? '' : value))}
        options={layouts.map((value) => ({ value, label: layoutLabels[value] }))}
      />
      {section.kind === 'goals' && (
        <SelectField
          label={`Var målen i ”${chapter.title}” står`}
          name={`nesting-${chapter.key}`}
          value={section.nesting ?? 'list'}
          onChange={(value) => onChange(withOption(section, 'nesting', value === 'list' ? '' : value))}
          options={goalNestings.map((value) => ({ value, label: nestingLabels[value] }))}
        />
      )}
      {layout !== 'table' && (
        <TextField
          label={`Rubrik för ${itemNames[section.kind]} i ”${chapter.title}”`}
          name={`heading-${chapter.key}`}
          optional
          width="medium"
          maxLength={200}
          value={section.heading ?? ''}
          description={`Fält: ${fields}. En del inom [ ] skrivs bara när dess fält har ett värde, t.ex. [({parent}) ]{title}. Tomt: {title}.`}
          onChange={(value) => onChange(withOption(section, 'heading', value.trim() === '' ? '' : value))}
        />
      )}
    </div>
  );
}
