import type { Tone } from '@styr/shared/domain/assessment';

/** The colour beside a status's symbol and word (hex without #); never the only sign of the status. */
export const toneColours: Record<Tone, string> = {
  good: '1E7B34',
  partial: 'A07A00',
  bad: 'B00020',
  unknown: '555555',
};
