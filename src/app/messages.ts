// Every text the twin shows: its own and those of the features registered in main.tsx, in German and English.
import { DROP_MESSAGES } from '../features/drop/drop-messages.ts';
import { EXHIBIT_MESSAGES } from '../features/exhibit/exhibit-messages.ts';
import { PLANNING_MESSAGES } from '../features/planning/planning-messages.ts';
import { SPECTATOR_MESSAGES } from '../features/spectator/spectator-messages.ts';
import { UTILITIES_MESSAGES } from '../features/utilities/utilities-messages.ts';
import { MESSAGES } from '../ui/messages.ts';

/** The twin's texts and every feature's, by language, for the twin's i18n. */
export const ALL_MESSAGES = {
  de: {
    ...MESSAGES.de,
    ...DROP_MESSAGES.de,
    ...EXHIBIT_MESSAGES.de,
    ...PLANNING_MESSAGES.de,
    ...SPECTATOR_MESSAGES.de,
    ...UTILITIES_MESSAGES.de,
  },
  en: {
    ...MESSAGES.en,
    ...DROP_MESSAGES.en,
    ...EXHIBIT_MESSAGES.en,
    ...PLANNING_MESSAGES.en,
    ...SPECTATOR_MESSAGES.en,
    ...UTILITIES_MESSAGES.en,
  },
} as const;
