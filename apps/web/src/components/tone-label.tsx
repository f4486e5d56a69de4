import { type Tone, toneSymbols } from '@styr/shared/domain/assessment';

/** An assessment or status: symbol, word and colour together, so that no one has to tell colours apart. */
export function ToneLabel({ tone, label }: { tone: Tone; label: string }) {
  return (
    <span className={`tone tone-${tone}`}>
      <span aria-hidden="true" className="tone-symbol">
        {toneSymbols[tone]}
      </span>
      {label}
    </span>
  );
}
