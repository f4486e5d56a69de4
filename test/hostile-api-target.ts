/** A representative write route: how to get a valid body for the object as it is now, and how to read it back. */
export interface ApiTarget {
  name: string;
  method: 'POST' | 'PUT' | 'PATCH';
  as: 'controller' | 'admin';
  prepare: () => Promise<{ url: string; body: Record<string, unknown> }>;
  /** Fields kept as rich text (sanitized) and as plain text (stored as written), read back with `read`. */
  richText?: string[];
  plainText?: string[];
  read?: (url: string, field: string) => Promise<unknown>;
}

// Responses are read loosely here; each route's own contract and tests fix their shapes.
// biome-ignore lint/suspicious/noExplicitAny: see above
export type Json = Record<string, any>;
