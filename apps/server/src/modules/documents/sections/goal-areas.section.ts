import type { Section } from '@styr/shared/contracts/documents';
import type { Goal } from '@styr/shared/contracts/plan';
import { pushAll } from '@styr/shared/domain/arrays';
import { type Block, heading } from '@styr/shared/domain/document-model';
import { richTextBlocks } from '@styr/shared/domain/document-rich-text';
import { type BuildContext, type ChapterPlace, contentLevel, type SectionBuilder } from '../build-context.ts';
import { defaultGoalPrint, goalBlocks, goalsLacking, nestedGoals } from './goals.section.ts';

type GoalAreasSection = Extract<Section, { kind: 'goalAreas' }>;

const goalsBlocks = (
  context: BuildContext,
  section: GoalAreasSection,
  goals: readonly Goal[],
  level: number,
): Block[] =>
  nestedGoals(goals, level).flatMap((entry) =>
    goalBlocks(context, entry.goal, entry.level, {
      ...defaultGoalPrint,
      indicatorTable: section.indicatorTable,
      indicatorCharts: section.indicatorCharts,
    }),
  );

/** The year's goals under none of its goal areas: printed after the areas, so no goal is left out. */
const goalsWithoutArea = (context: BuildContext) => {
  const areas = new Set(context.view.goalAreas.map((area) => area.id));
  return context.view.goals.filter((goal) => goal.goalAreaId === null || !areas.has(goal.goalAreaId));
};

/**
 * Each goal area as a numbered chapter (3.1 Tidiga insatser) with its description, "Nämndens mål" and
 * "Program och planer", as in the committees' plans; then the goals with no area, under "Övriga mål". Goals
 * print in hierarchy order, a goal beneath its parent.
 */
export const goalAreasSection: SectionBuilder<GoalAreasSection> = {
  build: (context, section, place: ChapterPlace) => {
    const areaLevel = Math.min(3, place.depth + 2);
    const blocks = context.view.goalAreas.flatMap((area) => {
      const goals = context.view.goals.filter((goal) => goal.goalAreaId === area.id);
      const areaBlocks: Block[] = [heading(areaLevel, area.name, true)];
      pushAll(areaBlocks, richTextBlocks(area.description, contentLevel(place, 2)));
      if (goals.length > 0) {
        areaBlocks.push(heading(Math.min(3, areaLevel + 1), context.view.labels['goalArea.goals'], true));
        pushAll(areaBlocks, goalsBlocks(context, section, goals, Math.min(4, areaLevel + 2)));
      }
      if (area.programmes.length > 0) {
        areaBlocks.push(
          heading(Math.min(3, areaLevel + 1), context.view.labels['goalArea.programmes'], true),
        );
        areaBlocks.push({
          kind: 'list',
          ordered: false,
          items: area.programmes.map((programme) => [{ kind: 'text', text: programme }]),
        });
      }
      return areaBlocks;
    });
    // A year without goal areas prints its goals through goal sections by kind instead.
    const others = context.view.goalAreas.length > 0 ? goalsWithoutArea(context) : [];
    if (others.length > 0) {
      blocks.push(heading(areaLevel, context.view.labels['goals.withoutArea'], true));
      pushAll(blocks, goalsBlocks(context, section, others, Math.min(4, areaLevel + 1)));
    }
    return blocks;
  },
  lacking: (context) =>
    context.view.goalAreas.length === 0
      ? 'Året har inga målområden'
      : goalsLacking(context, context.view.goals),
};
