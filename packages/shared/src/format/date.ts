const dateTime = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});

/** "2026-11-23 14:05" in Swedish time. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
