import type { StatementColumnView } from '@styr/shared/contracts/economy';
import {
  type ImportTarget,
  importTargetLabels,
  importTargets,
  type SheetPreview,
  type SpreadsheetFile,
  type SpreadsheetImportResult,
} from '@styr/shared/contracts/economy-files';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useApi } from '../../api/api-context.tsx';
import { queryKeys } from '../../api/query-keys.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { ModalDialog } from '../../components/dialogs.tsx';
import { SelectField, TextField } from '../../components/form-fields.tsx';
import { useMe } from '../auth/index.ts';
import { CheckedChanges, ImportProblems, SheetTable } from './spreadsheet-import-parts.tsx';
import {
  columnChoices,
  initialMapping,
  type MappingState,
  sheetColumns,
  toMapping,
} from './spreadsheet-mapping.ts';

async function readFile(file: File): Promise<SpreadsheetFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return { fileName: file.name, content: btoa(binary) };
}

/** Upload → preview → mapping → check → save: figures or indicator values from an Excel or CSV file. */
export function SpreadsheetImportDialog({
  committeeId,
  year,
  statementColumns,
  onClose,
}: {
  committeeId: string;
  year: number;
  statementColumns: readonly StatementColumnView[];
  onClose: () => void;
}) {
  const api = useApi();
  const municipalityId = useMe().user.municipalityId;
  const queryClient = useQueryClient();
  const scope = { municipalityId, committeeId, year };
  const [file, setFile] = useState<SpreadsheetFile | null>(null);
  const [preview, setPreview] = useState<SheetPreview | null>(null);
  const [mapping, setMapping] = useState<MappingState | null>(null);
  const [checked, setChecked] = useState<SpreadsheetImportResult | null>(null);
  const [saved, setSaved] = useState<number | null>(null);

  const run = useMutation({
    mutationFn: (dryRun: boolean) => {
      if (!file || !mapping) throw new Error('No file chosen');
      return api.economy.importSpreadsheet(scope, {
        file,
        target: mapping.target,
        mapping: toMapping(mapping, year),
        dryRun,
      });
    },
    onSuccess: (result) => {
      if (!result.saved) return setChecked(result);
      setSaved(result.changes.length);
      setChecked(null);
      void queryClient.invalidateQueries({ queryKey: queryKeys.economy(municipalityId, committeeId, year) });
      void queryClient.invalidateQueries({
        queryKey: queryKeys.committeeYear(municipalityId, committeeId, year),
      });
    },
  });
  const upload = useMutation({
    mutationFn: async (chosen: File) => {
      const read = await readFile(chosen);
      return { read, preview: await api.economy.previewSpreadsheet(scope, read) };
    },
    // A new file starts over, so that no choice made for the last one is sent with it.
    onMutate: () => {
      setPreview(null);
      setMapping(null);
      setChecked(null);
      run.reset();
    },
    onSuccess: ({ read, preview: sheets }) => {
      setFile(read);
      setPreview(sheets);
      setMapping(initialMapping(sheets, year, statementColumns));
      setChecked(null);
    },
  });
  const change = (patch: Partial<MappingState>) => {
    setMapping((current) => current && { ...current, ...patch });
    setChecked(null);
    run.reset();
  };

  const sheet = preview?.sheets.find((candidate) => candidate.name === mapping?.sheet);
  const letters = preview && mapping ? sheetColumns(preview, mapping.sheet) : [];
  const choices = mapping ? columnChoices(mapping.target, year) : [];
  // The row above the first row with values names the columns, as in Styr's own export.
  const headers = sheet?.rows[Math.max(Number(mapping?.firstRow) - 2, 0)] ?? [];
  return (
    <ModalDialog isOpen onOpenChange={(isOpen) => !isOpen && onClose()} title="Läs in från Excel eller CSV">
      {saved !== null ? (
        <div className="alert alert-success" role="status">
          <p>{saved} värden är sparade.</p>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor="spreadsheet-file">Fil (.xlsx eller .csv)</label>
            <input
              id="spreadsheet-file"
              type="file"
              accept=".xlsx,.csv"
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                const chosen = event.target.files?.[0];
                if (chosen) upload.mutate(chosen);
              }}
            />
          </div>
          {upload.isPending && <p role="status">Läser filen…</p>}
          {upload.error ? <ErrorAlert error={upload.error} title="Filen kunde inte läsas" /> : null}
          {preview && mapping && (
            <>
              <div className="field-row">
                <SelectField
                  label="Läs in till"
                  name="target"
                  value={mapping.target}
                  onChange={(target) => change({ target: target as ImportTarget, columns: {} })}
                  options={importTargets.map((target) => ({
                    value: target,
                    label: importTargetLabels[target],
                  }))}
                />
                <SelectField
                  label="Blad"
                  name="sheet"
                  value={mapping.sheet}
                  onChange={(name) => change({ sheet: name, columns: {} })}
                  options={preview.sheets.map((candidate) => ({
                    value: candidate.name,
                    label: candidate.name,
                  }))}
                />
                <TextField
                  label="Första raden med värden"
                  name="firstRow"
                  width="short"
                  value={mapping.firstRow}
                  onChange={(firstRow) => change({ firstRow })}
                />
                <SelectField
                  label="Kolumn med benämning"
                  name="labelColumn"
                  value={mapping.labelColumn}
                  onChange={(labelColumn) => change({ labelColumn })}
                  options={letters.map((letter) => ({ value: letter, label: letter }))}
                />
                {mapping.target !== 'indicatorValues' && (
                  <SelectField
                    label="Belopp i"
                    name="unit"
                    value={mapping.unit}
                    onChange={(unit) => change({ unit: unit as MappingState['unit'] })}
                    options={['kr', 'tkr', 'mnkr'].map((unit) => ({ value: unit, label: unit }))}
                  />
                )}
              </div>
              <fieldset className="mapping-columns">
                <legend>Vad kolumnerna innehåller</legend>
                {letters
                  .filter((letter) => letter !== mapping.labelColumn)
                  .map((letter) => (
                    <SelectField
                      key={letter}
                      label={`Kolumn ${letter}${headers[letters.indexOf(letter)] ? ` (${headers[letters.indexOf(letter)]})` : ''}`}
                      name={`column-${letter}`}
                      value={mapping.columns[letter] ?? ''}
                      onChange={(value) => change({ columns: { ...mapping.columns, [letter]: value } })}
                      options={[
                        { value: '', label: 'Läs inte in' },
                        ...choices.map(({ value, label }) => ({ value, label })),
                      ]}
                    />
                  ))}
              </fieldset>
              {sheet && <SheetTable sheet={sheet} letters={letters} />}
              {/* A refusal replaces the check's good news: the two would contradict each other. */}
              {run.error ? <ImportProblems error={run.error} /> : null}
              {checked && !run.error && <CheckedChanges result={checked} />}
            </>
          )}
        </>
      )}
      <div className="button-row">
        {preview && saved === null && !checked && (
          <Button className="button" onPress={() => run.mutate(true)} isPending={run.isPending}>
            Kontrollera
          </Button>
        )}
        {checked && !run.error && checked.changes.length > 0 && (
          <Button className="button" onPress={() => run.mutate(false)} isPending={run.isPending}>
            Spara {checked.changes.length} värden
          </Button>
        )}
        <Button className="button button-secondary" slot="close">
          {saved === null ? 'Avbryt' : 'Stäng'}
        </Button>
      </div>
    </ModalDialog>
  );
}
