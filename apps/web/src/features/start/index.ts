export { type Place, readRememberedPlace, rememberPlace } from './remembered-place.ts';
export { committeeWorkingYear, landingPlace, useMyStart } from './use-my-start.ts';
