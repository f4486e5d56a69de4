import type { Section } from '@styr/shared/contracts/documents';
import { pushAll } from '@styr/shared/domain/arrays';
import { type Block, heading } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { type ChapterPlace, contentLevel, type SectionBuilder } from '../build-context.ts';
import { goalBlocks, goalsLacking } from './goals.section.ts';

/**
 * Each goal area as a numbered chapter (3.1 Tidiga insatser) with its description, "Nämndens mål" and
 * "Program och planer", as in the committees' plans.
 */
export const goalAreasSection: SectionBuilder<Extract<Section, { kind: 'goalAreas' }>> = {
  build: (context, _section, place: ChapterPlace) =>
    context.view.goalAreas.flatMap((area) => {
      const goals = context.view.goals.filter((goal) => goal.goalAreaId === area.id);
      const areaLevel = Math.min(3, place.depth + 2);
      const blocks: Block[] = [heading(areaLevel, area.name, true)];
      pushAll(blocks, richTextBlocks(area.description, contentLevel(place, 2)));
      if (goals.length > 0) {
        blocks.push(heading(Math.min(3, areaLevel + 1), 'Nämndens mål', true));
        for (const goal of goals) pushAll(blocks, goalBlocks(context, goal, Math.min(4, areaLevel + 2)));
      }
      if (area.programmes.length > 0) {
        blocks.push(heading(Math.min(3, areaLevel + 1), 'Program och planer', true));
        blocks.push({
          kind: 'list',
          ordered: false,
          items: area.programmes.map((programme) => [{ kind: 'text', text: programme }]),
        });
      }
      return blocks;
    }),
  lacking: (context) =>
    context.view.goalAreas.length === 0
      ? 'Året har inga målområden'
      : goalsLacking(
          context,
          context.view.goals.filter((goal) => goal.goalAreaId !== null),
        ),
};
