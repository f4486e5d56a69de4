// The edits the soak's simulated users make, each against the committee-year view: which objects there are,
// how an object's stored state is read from the view, and the request that saves a new value.

export interface YearView {
  followUpPoints: { key: string }[];
  /** Per follow-up point, the scale its goals are assessed on. */
  assessmentScales: Record<string, { levels: { key: string }[] }>;
  documents: { document: string; status: string }[];
  goals: {
    id: string;
    planText: string | null;
    version: number;
    assessments: { followUp: string; level: string; analysis: string | null; version: number }[];
  }[];
  indicators: {
    id: string;
    values: { year: number; period: string; gender: string; value: number | null; version: number }[];
  }[];
  assignments: {
    id: string;
    reports: { followUp: string; comment: string | null; version: number }[];
  }[];
}

export type Operation = 'indicatorValue' | 'assessment' | 'assignmentReport' | 'planText';
export const operations: readonly Operation[] = [
  'indicatorValue',
  'assessment',
  'assignmentReport',
  'planText',
];

/** What a save left stored: the field's value and the object's version. */
export interface Stored {
  value: string;
  version: number;
}

export interface EditTarget {
  operation: Operation;
  /** Names the object across the run, e.g. `assessment:<goal>:<follow-up>`. */
  object: string;
  field: string;
  /** The object's state in a view; null when it does not exist yet. */
  read(view: YearView): Stored | null;
  /** The request that saves `value` on top of `version` (undefined: creates the object). */
  request(value: string, version: number | undefined): { method: string; path: string; body: unknown };
  /** The stored state a successful save answered with. */
  acknowledged(body: unknown): Stored;
  /** The stored state a 409 answered with, when it names one. */
  conflict(current: unknown): Stored | null;
}

/** Every object the simulated users edit in the year, in follow-ups the committee has not adopted. */
export function editTargets(view: YearView, year: number): EditTarget[] {
  const adopted = new Set(
    view.documents.filter((doc) => doc.status === 'adopted').map((doc) => doc.document),
  );
  const followUps = view.followUpPoints.map((point) => point.key).filter((key) => !adopted.has(key));
  const targets: EditTarget[] = [];

  for (const indicator of view.indicators) {
    for (const period of followUps) {
      const find = (current: YearView) =>
        current.indicators
          .find((candidate) => candidate.id === indicator.id)
          ?.values.find((row) => row.year === year && row.period === period && row.gender === 'T');
      const stored = (row: { value: number | null; version: number }) => ({
        value: String(row.value),
        version: row.version,
      });
      targets.push({
        operation: 'indicatorValue',
        object: `indicatorValue:${indicator.id}:${year}:${period}:T`,
        field: 'value',
        read: (current) => {
          const row = find(current);
          return row ? stored(row) : null;
        },
        request: (value, version) => ({
          method: 'PUT',
          path: `indicators/${indicator.id}/values`,
          body: { version, year, period, gender: 'T', value: Number(value), note: null },
        }),
        acknowledged: (body) => stored(body as { value: number | null; version: number }),
        conflict: (current) =>
          current ? stored(current as { value: number | null; version: number }) : null,
      });
    }
  }

  for (const goal of view.goals) {
    const planText = (row: { planText: string | null; version: number }) => ({
      value: String(row.planText),
      version: row.version,
    });
    targets.push({
      operation: 'planText',
      object: `goal:${goal.id}`,
      field: 'planText',
      read: (current) => {
        const row = current.goals.find((candidate) => candidate.id === goal.id);
        return row ? planText(row) : null;
      },
      request: (value, version) => ({
        method: 'PATCH',
        path: `goals/${goal.id}`,
        body: { version: version ?? 0, planText: `<p>${value}</p>` },
      }),
      acknowledged: (body) => planText(body as { planText: string | null; version: number }),
      conflict: (current) =>
        current ? planText(current as { planText: string | null; version: number }) : null,
    });

    for (const followUp of followUps) {
      const levels = (view.assessmentScales[followUp]?.levels ?? []).map((level) => level.key);
      if (levels.length === 0) continue;
      const assessment = (row: { level: string; analysis: string | null; version: number }) => ({
        value: `${row.level}|${row.analysis}`,
        version: row.version,
      });
      targets.push({
        operation: 'assessment',
        object: `assessment:${goal.id}:${followUp}`,
        field: 'level+analysis',
        read: (current) => {
          const row = current.goals
            .find((candidate) => candidate.id === goal.id)
            ?.assessments.find((candidate) => candidate.followUp === followUp);
          return row ? assessment(row) : null;
        },
        request: (value, version) => ({
          method: 'PUT',
          path: `goals/${goal.id}/assessments/${followUp}`,
          body: { version, level: levels[value.length % levels.length], analysis: value },
        }),
        acknowledged: (body) =>
          assessment(body as { level: string; analysis: string | null; version: number }),
        conflict: (current) =>
          current ? assessment(current as { level: string; analysis: string | null; version: number }) : null,
      });
    }
  }

  for (const assignment of view.assignments) {
    for (const followUp of followUps) {
      const report = (row: { comment: string | null; version: number }) => ({
        value: String(row.comment),
        version: row.version,
      });
      targets.push({
        operation: 'assignmentReport',
        object: `assignmentReport:${assignment.id}:${followUp}`,
        field: 'comment',
        read: (current) => {
          const row = current.assignments
            .find((candidate) => candidate.id === assignment.id)
            ?.reports.find((candidate) => candidate.followUp === followUp);
          return row ? report(row) : null;
        },
        request: (value, version) => ({
          method: 'PUT',
          path: `assignments/${assignment.id}/reports/${followUp}`,
          body: { version, status: 'ongoing', proposedClosed: false, comment: value },
        }),
        acknowledged: (body) => report(body as { comment: string | null; version: number }),
        conflict: (current) =>
          current ? report(current as { comment: string | null; version: number }) : null,
      });
    }
  }
  return targets;
}

/** A value unique to this save, so the check can tell whose save is stored. */
export function newValue(operation: Operation, user: number, sequence: number): string {
  if (operation === 'indicatorValue') return String(user * 100_000 + sequence);
  return `Soak ${user}.${sequence}`;
}
