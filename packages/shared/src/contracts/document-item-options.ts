import { z } from 'zod';

/**
 * How a section prints its items (goals, assignments, risks, controls): as today's table or unnumbered blocks, or
 * each as a numbered chapter of its own under the section's chapter ("3.4 <goal>"); the heading each item gets,
 * composed by a pattern; and which of its parts print, in which order. Every option is optional: absent, a section
 * prints as it always has.
 */

const uniqueParts = <T extends string>(parts: readonly T[]) => new Set(parts).size === parts.length;

const headingPattern = (fields: string, example: string) =>
  z
    .string()
    .trim()
    .min(1, 'Ange ett rubrikmönster')
    .max(200, 'Rubrikmönstret får vara högst 200 tecken')
    .optional()
    .meta({
      description: `Each item's heading. Fields: ${fields}. A part in square brackets prints only when every field in it has a value. Absent: {title}.`,
      examples: [example],
    });

const partsOf = <T extends readonly [string, ...string[]]>(
  parts: T,
  about: string,
  example: T[number][],
  absent = 'all of them in the listed order',
) =>
  z
    .array(z.enum(parts))
    .min(1, 'Välj minst en del')
    .max(parts.length)
    .refine(uniqueParts, 'En del får bara väljas en gång')
    .optional()
    .meta({ description: `${about} Absent: ${absent}.`, examples: [example] });

export const goalParts = [
  'contributesTo',
  'focus',
  'assessment',
  'text',
  'indicators',
  'activities',
  'assignments',
] as const;
export type GoalPart = (typeof goalParts)[number];

export const goalLayouts = ['blocks', 'chapters'] as const;
export const goalNestings = ['list', 'hierarchy', 'flat'] as const;

/** The goals section's item options. */
export const goalItemOptions = {
  layout: z
    .enum(goalLayouts)
    .optional()
    .meta({
      description:
        'blocks: each goal under an unnumbered heading (absent: blocks); chapters: each goal a numbered chapter of its own.',
      examples: ['chapters'],
    }),
  nesting: z
    .enum(goalNestings)
    .optional()
    .meta({
      description:
        "list: a goal stands under its parent goal when the section prints the parent too (absent: list); hierarchy: under every parent goal, one the section does not print opening a heading of its own (e.g. the council's goals over the committee's); flat: every goal at the same level.",
      examples: ['hierarchy'],
    }),
  heading: headingPattern(
    '{title}, {parent} (the goal it contributes to), {root} (its topmost goal), {kind}, {area} (its goal area)',
    '[({parent}) ]{title}',
  ),
  parts: partsOf(
    goalParts,
    'What prints under each goal: contributesTo (the goal it serves), focus, assessment (a report’s status line), text (the plan text, or a report’s analysis), indicators (table), activities (table), assignments (the assignments that serve it, as blocks).',
    ['assessment', 'text', 'indicators'],
    'all of them but assignments, in the listed order',
  ),
};

export const assignmentParts = ['decision', 'contributesTo', 'text', 'status', 'comment'] as const;
export type AssignmentPart = (typeof assignmentParts)[number];
export const itemLayouts = ['table', 'blocks', 'chapters'] as const;
export type ItemLayout = (typeof itemLayouts)[number];

const layoutOf = (item: string) =>
  z
    .enum(itemLayouts)
    .optional()
    .meta({
      description: `table: one table (absent: table); blocks: each ${item} under an unnumbered heading with its parts as paragraphs; chapters: each ${item} a numbered chapter of its own.`,
      examples: ['chapters'],
    });

/** The assignments section's item options; the parts apply to blocks and chapters. */
export const assignmentItemOptions = {
  layout: layoutOf('assignment'),
  heading: headingPattern('{title}, {decision}, {goal} (the first goal it serves), {source}', '{title}'),
  parts: partsOf(
    assignmentParts,
    'What prints under each assignment: decision (the decision that gave it), contributesTo (the goals it serves), text (the plan’s omhändertagande), status (a report’s status line), comment (a report’s comment).',
    ['status', 'comment'],
  ),
};

export const riskParts = ['area', 'description', 'consequence', 'value', 'actions', 'controlPlan'] as const;
export type RiskPart = (typeof riskParts)[number];

/** The samlad riskbild's item options; the parts apply to blocks and chapters. */
export const riskItemOptions = {
  layout: layoutOf('risk'),
  heading: headingPattern('{title}, {area} (its risk area)', '{area}: {title}'),
  parts: partsOf(
    riskParts,
    'What prints under each risk: area, description, consequence, value (risk value and level), actions, controlPlan (whether it goes to the internal control plan).',
    ['description', 'value', 'actions'],
  ),
};

/** The internal control plan's item options: each control with its risk, method and (in a report) its result. */
export const controlItemOptions = {
  layout: layoutOf('control'),
  heading: headingPattern('{title} (the control), {risk}, {area}', '{risk}: {title}'),
};
