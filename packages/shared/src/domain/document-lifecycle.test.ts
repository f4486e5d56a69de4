import { describe, expect, it } from 'vitest';
import { adoptionOrderProblem, isFrozen, transitionProblem } from './document-lifecycle.ts';

const decision = { date: '2023-02-21', paragraph: '§ 12' };

describe('transitionProblem', () => {
  it('lets a draft go to review, and review go back to draft or on to adopted', () => {
    expect(transitionProblem('draft', 'review')).toBeNull();
    expect(transitionProblem('review', 'draft')).toBeNull();
    expect(transitionProblem('review', 'adopted', decision)).toBeNull();
  });

  it('does not skip review', () => {
    expect(transitionProblem('draft', 'adopted', decision)).toMatch(/kan inte bli fastställd/);
  });

  it('needs the decision date and paragraph to adopt', () => {
    expect(transitionProblem('review', 'adopted')).toMatch(/beslutsdatum och paragraf/);
    expect(transitionProblem('review', 'adopted', { date: '2023-02-21', paragraph: ' ' })).toMatch(
      /paragraf/,
    );
  });

  it('freezes an adopted document', () => {
    expect(isFrozen('adopted')).toBe(true);
    expect(isFrozen('review')).toBe(false);
    expect(transitionProblem('adopted', 'draft')).toMatch(/fastställt/);
    expect(transitionProblem('adopted', 'review')).toMatch(/fastställt/);
  });
});

describe('adoptionOrderProblem', () => {
  it('adopts a follow-up only after the year’s plan, and names the plan', () => {
    expect(adoptionOrderProblem('arsrapport', 'review', 2022)).toBe(
      'Verksamhetsplanen 2022 måste fastställas innan uppföljningen kan fastställas.',
    );
    expect(adoptionOrderProblem('augusti', null, 2022)).toMatch(/^Verksamhetsplanen 2022/);
    expect(adoptionOrderProblem('arsrapport', 'adopted', 2022)).toBeNull();
  });

  it('lets the plan and the internal control plan be adopted first', () => {
    expect(adoptionOrderProblem('plan', null, 2022)).toBeNull();
    expect(adoptionOrderProblem('internkontrollplan', 'draft', 2022)).toBeNull();
  });
});
