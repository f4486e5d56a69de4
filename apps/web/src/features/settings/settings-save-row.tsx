import type { MunicipalityFile } from '@styr/shared/contracts/municipality-file';

/** What every part of the settings page gets: the loaded file at its version, and how to report a save. */
export interface SettingsPartProps {
  municipalityId: string;
  version: string;
  file: MunicipalityFile;
  /** Kept by the page: a save brings a new version, which starts the part afresh. */
  saved: boolean;
  onSaved: (saved: boolean) => void;
  onReload: () => void;
}

/** The buttons under a settings form: its submit, "Ångra ändringarna", and the saved note read out on change. */
export function SettingsSaveRow({
  submitLabel,
  busyLabel = 'Sparar…',
  busy,
  undoBusy = busy,
  secondary = false,
  changed,
  onUndo,
  savedNote,
}: {
  submitLabel: string;
  busyLabel?: string;
  busy: boolean;
  undoBusy?: boolean;
  /** A first step (a review) rather than the save itself. */
  secondary?: boolean;
  changed: boolean;
  onUndo: () => void;
  savedNote: string | null;
}) {
  return (
    <div className="button-row settings-save">
      <button
        type="submit"
        className={secondary ? 'button button-secondary' : 'button'}
        disabled={!changed || busy}
      >
        {busy ? busyLabel : submitLabel}
      </button>
      <button
        type="button"
        className="button button-secondary"
        disabled={!changed || undoBusy}
        onClick={onUndo}
      >
        Ångra ändringarna
      </button>
      <p role="status" className="settings-saved">
        {savedNote}
      </p>
    </div>
  );
}
