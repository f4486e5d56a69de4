import { createHash } from 'node:crypto';

/**
 * A UUID derived from what an object is (kind, scope, key), so an object
 * imported without an id gets the same id every time: importing twice updates
 * rather than duplicates, and exports are stable.
 */
export function stableId(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  // Shaped as a version 8 (custom) RFC 9562 UUID.
  const variant = ((Number.parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
