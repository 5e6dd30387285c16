/** The underground planning's own texts, German and English (spread into the twin's messages). */
export const UTILITIES_MESSAGES = {
  de: {
    'utilities.vr.xray-on': 'Röntgenblick an',
    'utilities.vr.xray-off': 'Röntgenblick aus',
    'utilities.vr.undo': 'Letzten Punkt löschen',
    'utilities.vr.aim': 'Zielen und Abzug: Punkt setzen',
    'utilities.vr.points': 'Trasse: {{count}} von 2 Punkten',
    'utilities.vr.ok': 'Keine Konflikte',
    'utilities.vr.clashes': 'Konflikte: {{count}}',
  },
  en: {
    'utilities.vr.xray-on': 'X-ray on',
    'utilities.vr.xray-off': 'X-ray off',
    'utilities.vr.undo': 'Remove last point',
    'utilities.vr.aim': 'Aim and pull the trigger: add a point',
    'utilities.vr.points': 'Route: {{count}} of 2 points',
    'utilities.vr.ok': 'No clashes',
    'utilities.vr.clashes': 'Clashes: {{count}}',
  },
} as const;
