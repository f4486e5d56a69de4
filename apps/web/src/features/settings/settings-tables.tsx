import { indicatorSourceLabels, valueKindLabels } from '@styr/shared/contracts/indicators';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { orderedOrgKinds, orgKindLabel } from '@styr/shared/domain/org';
import type { ComponentProps, ReactNode } from 'react';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { slugOf } from '../../components/form/row-keys.ts';
import { scalePoints } from './settings-model.ts';

type Step = MunicipalityFile['riskScale']['probability'][number];
type Line = MunicipalityFile['statementLines'][number];

/** A column by its header, with what its cells show, 'numeric' where they are figures to align. */
type Cell<T> = readonly [header: string, cell: (row: T) => ReactNode, numeric?: 'numeric'];

const columnsOf = <T,>(cells: readonly Cell<T>[]): Column<T>[] =>
  cells.map(([header, cell, numeric]) => ({ key: header, header, cell, numeric: numeric === 'numeric' }));

/**
 * One part of the settings under its heading, as a table; the caption says more than the heading where it is
 * given, and an empty table says there are none.
 */
function TableSection<T>({
  title,
  caption,
  cells,
  empty = `Inga ${title.toLowerCase()}.`,
  ...table
}: { title: string; caption?: string; cells: readonly Cell<T>[]; empty?: string } & Pick<
  ComponentProps<typeof DataTable<T>>,
  'rows' | 'rowKey'
>) {
  return (
    <Section title={title}>
      <DataTable
        caption={caption ?? title}
        captionHidden={!caption}
        columns={columnsOf(cells)}
        empty={empty}
        {...table}
      />
    </Section>
  );
}

/** A part of the settings under its heading, which names the section. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = slugOf(title);
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** "Verksamhetsområde, Enhet": the kinds a kind may hold. */
const heldKinds = (kinds: MunicipalityFile['orgKinds'], kind: MunicipalityFile['orgKinds'][number]) =>
  kind.children.map((child) => orgKindLabel(kinds, child)).join(', ') || 'Inga andra typer';

/** The settings as they hold now, read only; the file changes what the form below does not. */
export function SettingsTables({ file }: { file: MunicipalityFile }) {
  const firstTable = file.statementTables[0]?.key;
  return (
    <>
      <TableSection
        title="Typer av enheter"
        caption="Typer av enheter och vilka typer som får ligga direkt under dem"
        rows={orderedOrgKinds(file.orgKinds)}
        rowKey={(kind) => kind.kind}
        cells={[
          ['Typ', (kind) => kind.label],
          ['Får innehålla', (kind) => heldKinds(file.orgKinds, kind)],
        ]}
      />
      <TableSection
        title="Enheter för mått"
        caption="Enheter som nämndernas mått anges i, med decimaler för nya mått och slag av värden"
        rows={file.indicatorUnits}
        rowKey={(entry) => entry.unit}
        cells={[
          ['Enhet', (entry) => entry.unit],
          ['Decimaler', (entry) => entry.decimals, 'numeric'],
          ['Värden', (entry) => valueKindLabels[entry.valueKind]],
        ]}
      />
      <TableSection
        title="Kommunens nyckeltal"
        caption="Nyckeltal som nämndernas mått kan följa, med enhet och källa"
        rows={file.keyFigureDefinitions}
        rowKey={(entry) => entry.key}
        empty="Kommunen har inga egna nyckeltal."
        cells={[
          ['Nyckeltal', (entry) => entry.name],
          ['Enhet', (entry) => entry.unit],
          [
            'Källa',
            (entry) => [indicatorSourceLabels[entry.source], entry.sourceReference].filter(Boolean).join(' '),
          ],
        ]}
      />
      <TableSection
        title="Uppföljningstillfällen"
        rows={file.followUpPoints}
        rowKey={(point) => point.key}
        cells={[
          ['Namn', (point) => point.name],
          ['Månad', (point) => monthName(point.month)],
        ]}
      />
      <TableSection
        title="Bedömningsskalor"
        caption="Skalor för bedömning av mål och vid vilka uppföljningar de används"
        rows={file.assessmentScales.map((scale, index) => ({ scale, index }))}
        rowKey={({ scale }) => scale.key}
        cells={[
          ['Skala', ({ scale }) => scale.name],
          ['Nivåer', ({ scale }) => scale.levels.map((level) => level.label).join(', ') || 'Inga nivåer'],
          [
            'Används vid',
            ({ index }) => scalePoints(file, index).join(', ') || 'Inget uppföljningstillfälle',
          ],
          ['Bedömning', ({ scale }) => (scale.levelRequired ? 'Nivå krävs' : 'Bedömning i ord tillåten')],
        ]}
      />
      <TableSection
        title="Riskområden"
        rows={file.riskAreas}
        rowKey={(area) => area.key}
        cells={[['Riskområde', (area) => area.name]]}
      />
      <Section title="Riskskala">
        <div className="settings-pair">
          <StepTable caption="Sannolikhet" steps={file.riskScale.probability} />
          <StepTable caption="Konsekvens" steps={file.riskScale.consequence} />
        </div>
      </Section>
      <Section title="Resultaträkningar">
        <div className="settings-stack">
          {file.statementTables.map((table) => (
            <DataTable
              key={table.key}
              caption={table.title}
              columns={columnsOf<Line>([
                ['Rad', (line) => line.label],
                ['Beräknad', (line) => computation(file.statementLines, line)],
              ])}
              rows={file.statementLines.filter((line) => (line.table ?? firstTable) === table.key)}
              rowKey={(line) => line.key}
              empty={`${table.title} har inga rader.`}
            />
          ))}
        </div>
      </Section>
    </>
  );
}

function StepTable({ caption, steps }: { caption: string; steps: readonly Step[] }) {
  return (
    <DataTable
      caption={caption}
      columns={columnsOf<Step>([
        ['Värde', (step) => step.value, 'numeric'],
        ['Benämning', (step) => step.label],
      ])}
      rows={steps}
      rowKey={(step) => String(step.value)}
      empty="Inga steg."
    />
  );
}

/** "Ja: Intäkter + Kostnader − Avskrivningar"; a line without parts holds its own figures. */
function computation(lines: readonly Line[], line: Line): string {
  if (line.sumOf.length === 0) return 'Nej';
  const label = (key: string) => lines.find((entry) => entry.key === key)?.label ?? key;
  const minus = (line.subtract ?? []).map((key) => ` − ${label(key)}`).join('');
  return `Ja: ${line.sumOf.map(label).join(' + ')}${minus}`;
}
