import { indicatorSourceLabels, valueKindLabels } from '@styr/shared/contracts/indicators';
import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';
import { monthName } from '@styr/shared/domain/municipal-grant';
import { orderedOrgKinds, orgKindLabel } from '@styr/shared/domain/org';
import type { ReactNode } from 'react';
import { DataTable } from '../../components/data-table.tsx';
import { scalePoints } from './settings-model.ts';

type Step = MunicipalityFile['riskScale']['probability'][number];
type Line = MunicipalityFile['statementLines'][number];

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** The settings as they hold now, read only; the file changes what the form below does not. */
export function SettingsTables({ file }: { file: MunicipalityFile }) {
  const kinds = orderedOrgKinds(file.orgKinds);
  const firstTable = file.statementTables[0]?.key;
  return (
    <>
      <Section id="typer" title="Typer av enheter">
        <DataTable
          caption="Typer av enheter och vilka typer som får ligga direkt under dem"
          columns={[
            { key: 'label', header: 'Typ', cell: (kind) => kind.label },
            {
              key: 'children',
              header: 'Får innehålla',
              cell: (kind) =>
                kind.children.length > 0
                  ? kind.children.map((child) => orgKindLabel(file.orgKinds, child)).join(', ')
                  : 'Inga andra typer',
            },
          ]}
          rows={kinds}
          rowKey={(kind) => kind.kind}
          empty="Inga typer av enheter."
        />
      </Section>
      <Section id="mattenheter" title="Enheter för mått">
        <DataTable
          caption="Enheter som nämndernas mått anges i, med decimaler för nya mått och slag av värden"
          columns={[
            { key: 'unit', header: 'Enhet', cell: (entry) => entry.unit },
            { key: 'decimals', header: 'Decimaler', cell: (entry) => entry.decimals, numeric: true },
            { key: 'kind', header: 'Värden', cell: (entry) => valueKindLabels[entry.valueKind] },
          ]}
          rows={file.indicatorUnits}
          rowKey={(entry) => entry.unit}
          empty="Inga enheter för mått."
        />
      </Section>
      <Section id="nyckeltal" title="Kommunens nyckeltal">
        <DataTable
          caption="Nyckeltal som nämndernas mått kan följa, med enhet och källa"
          columns={[
            { key: 'name', header: 'Nyckeltal', cell: (entry) => entry.name },
            { key: 'unit', header: 'Enhet', cell: (entry) => entry.unit },
            {
              key: 'source',
              header: 'Källa',
              cell: (entry) =>
                [indicatorSourceLabels[entry.source], entry.sourceReference].filter(Boolean).join(' '),
            },
          ]}
          rows={file.keyFigureDefinitions}
          rowKey={(entry) => entry.key}
          empty="Kommunen har inga egna nyckeltal."
        />
      </Section>
      <Section id="uppfoljningar" title="Uppföljningstillfällen">
        <DataTable
          caption="Uppföljningstillfällen under året"
          columns={[
            { key: 'name', header: 'Namn', cell: (point) => point.name },
            { key: 'month', header: 'Månad', cell: (point) => monthName(point.month) },
          ]}
          rows={file.followUpPoints}
          rowKey={(point) => point.key}
          empty="Inga uppföljningstillfällen."
        />
      </Section>
      <Section id="skalor" title="Bedömningsskalor">
        <DataTable
          caption="Skalor för bedömning av mål och vid vilka uppföljningar de används"
          columns={[
            { key: 'name', header: 'Skala', cell: ({ scale }) => scale.name },
            {
              key: 'levels',
              header: 'Nivåer',
              cell: ({ scale }) => scale.levels.map((level) => level.label).join(', ') || 'Inga nivåer',
            },
            {
              key: 'points',
              header: 'Används vid',
              cell: ({ index }) => scalePoints(file, index).join(', ') || 'Inget uppföljningstillfälle',
            },
            {
              key: 'required',
              header: 'Bedömning',
              cell: ({ scale }) => (scale.levelRequired ? 'Nivå krävs' : 'Bedömning i ord tillåten'),
            },
          ]}
          rows={file.assessmentScales.map((scale, index) => ({ scale, index }))}
          rowKey={({ scale }) => scale.key}
          empty="Inga bedömningsskalor."
        />
      </Section>
      <Section id="riskomraden" title="Riskområden">
        <DataTable
          caption="Riskområden"
          captionHidden
          columns={[{ key: 'name', header: 'Riskområde', cell: (area) => area.name }]}
          rows={file.riskAreas}
          rowKey={(area) => area.key}
          empty="Inga riskområden."
        />
      </Section>
      <Section id="riskskala" title="Riskskala">
        <div className="settings-pair">
          <StepTable caption="Sannolikhet" steps={file.riskScale.probability} />
          <StepTable caption="Konsekvens" steps={file.riskScale.consequence} />
        </div>
      </Section>
      <Section id="resultatrakningar" title="Resultaträkningar">
        <div className="settings-stack">
          {file.statementTables.map((table) => (
            <DataTable
              key={table.key}
              caption={table.title}
              columns={[
                { key: 'label', header: 'Rad', cell: (line) => line.label },
                {
                  key: 'computed',
                  header: 'Beräknad',
                  cell: (line) => computation(file.statementLines, line),
                },
              ]}
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
      columns={[
        { key: 'value', header: 'Värde', cell: (step) => step.value, numeric: true },
        { key: 'label', header: 'Benämning', cell: (step) => step.label },
      ]}
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
