/** The committee and year a person last worked in, kept in this browser per person so that the next visit returns there. */
export interface Place {
  committeeId: string;
  year: number;
}

const keyOf = (userId: string) => `styr:senaste-plats:${userId}`;

export function readRememberedPlace(userId: string): Place | null {
  try {
    const stored = JSON.parse(localStorage.getItem(keyOf(userId)) ?? 'null') as Partial<Place> | null;
    if (typeof stored?.committeeId === 'string' && Number.isInteger(stored.year)) {
      return { committeeId: stored.committeeId, year: stored.year as number };
    }
  } catch {
    // Storage that is unreadable or blocked by the browser only means nothing is remembered.
  }
  return null;
}

export function rememberPlace(userId: string, place: Place): void {
  try {
    localStorage.setItem(keyOf(userId), JSON.stringify(place));
  } catch {
    // Without storage the place is kept for the visit only, by the shell's own state.
  }
}
