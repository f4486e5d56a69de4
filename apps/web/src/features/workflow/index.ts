export { useUnitOptions } from './use-unit-options.ts';
export { deadlineReminder, useMyTasks } from './use-workflow.ts';
export { reportingPath, tasksPath } from './workflow-paths.ts';
