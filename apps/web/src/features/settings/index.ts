// The municipality's settings file as read; the template editor offers its statement tables.
export { useSettings } from './use-settings.ts';
