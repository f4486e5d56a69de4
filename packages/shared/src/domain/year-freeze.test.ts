import { describe, expect, it } from 'vitest';
import { lastFollowUpOf, yearFreeze } from './year-freeze.ts';

describe('yearFreeze', () => {
  it('freezes nothing while no document is adopted', () => {
    const freeze = yearFreeze([{ document: 'plan', status: 'review' }], 'arsrapport');
    expect(freeze).toMatchObject({ plan: false, controlPlan: false, yearEnd: false, any: false });
    expect(freeze.followUp('augusti')).toBe(false);
  });

  it('freezes each part with the document that adopts it, and closes the year with the annual report', () => {
    const freeze = yearFreeze(
      [
        { document: 'plan', status: 'adopted' },
        { document: 'augusti', status: 'draft' },
        { document: 'arsrapport', status: 'adopted' },
      ],
      'arsrapport',
    );
    expect(freeze).toMatchObject({ plan: true, controlPlan: false, yearEnd: true, any: true });
    expect(freeze.followUp('arsrapport')).toBe(true);
    // The authority asks for augusti's own status: the annual report does not freeze it.
    expect(freeze.followUp('augusti')).toBe(false);
  });

  it('freezes the risks with the internal control plan alone', () => {
    const freeze = yearFreeze([{ document: 'internkontrollplan', status: 'adopted' }], 'arsrapport');
    expect(freeze).toMatchObject({ plan: false, controlPlan: true, any: true });
  });
});

describe('lastFollowUpOf', () => {
  it('takes the follow-up with the latest month, and the annual report when there is none', () => {
    expect(
      lastFollowUpOf([
        { key: 'bokslut', month: 12 },
        { key: 'augusti', month: 8 },
      ]),
    ).toBe('bokslut');
    expect(lastFollowUpOf([])).toBe('arsrapport');
  });
});
