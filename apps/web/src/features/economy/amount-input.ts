import { exceedsKronorRange, kronorFromUnit } from '@styr/shared/domain/money';
import { formatKronor, isNumberParseFailure, parseSwedishNumber } from '@styr/shared/format/number';
import type { FieldIssue } from '../../api/api-error.ts';

/** A stored amount as a person would type it in tkr: "128 122", "−1 500,5". */
export function tkrInputText(kronor: string | null | undefined): string {
  if (kronor === null || kronor === undefined) return '';
  return formatKronor(kronor, { unit: 'tkr', decimals: 5 }).replace(/,?0+$/, '');
}

/** Typed tkr as exact kronor; empty text is a missing amount. */
export function readTkr(text: string): { ok: true; kronor: string | null } | { ok: false; message: string } {
  const parsed = parseSwedishNumber(text);
  if (isNumberParseFailure(parsed)) return { ok: false, message: parsed.message };
  if (parsed === null) return { ok: true, kronor: null };
  const kronor = kronorFromUnit(parsed, 'tkr');
  if (kronor !== null) return { ok: true, kronor };
  return {
    ok: false,
    message: exceedsKronorRange(parsed, 'tkr')
      ? 'Beloppet är för stort; ett belopp har högst 15 siffror i hela kronor'
      : 'Beloppet får ha högst fem decimaler i tkr (hela ören)',
  };
}

/** Typed tkr as kronor for a request body; text that does not read is left to `tkrIssues`, said first. */
export function kronorOf(text: string): string | null {
  const read = readTkr(text);
  return read.ok ? read.kronor : null;
}

/** Swedish messages for the named tkr fields whose text does not read as an amount. */
export function tkrIssues(values: Readonly<Record<string, string>>, names: readonly string[]): FieldIssue[] {
  return names.flatMap((name) => {
    const read = readTkr(values[name] ?? '');
    return read.ok ? [] : [{ path: name, message: read.message }];
  });
}
