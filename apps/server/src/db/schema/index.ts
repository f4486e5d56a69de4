export * from './assignments.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './documents.ts';
export * from './indicators.ts';
export * from './org.ts';
export * from './plan.ts';
export * from './settings.ts';
