import { describe, expect, it } from 'vitest';
import { sectionKinds, sectionSchema } from './documents.ts';

describe('a template section', () => {
  it('names an unknown kind and the kinds it may take, in Swedish', () => {
    const result = sectionSchema.safeParse({ kind: 'investeringar' });
    expect(result.success).toBe(false);
    const message = result.error?.issues[0]?.message ?? '';
    expect(message).toContain('”investeringar” är ingen känd sorts avsnitt');
    for (const kind of sectionKinds) expect(message).toContain(kind);
  });

  it('says that a section without a kind lacks one', () => {
    expect(sectionSchema.safeParse({}).error?.issues[0]?.message).toMatch(/^Avsnittet saknar sort\./);
  });

  it('still reports a known kind’s own problems', () => {
    const result = sectionSchema.safeParse({ kind: 'goals', goalKinds: [] });
    expect(result.error?.issues[0]?.message).toBe('Välj minst ett slags mål');
  });
});
