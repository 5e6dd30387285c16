/**
 * The texts of the spectator screen, its guide panel, and the guide's prompt on the headset, German and English
 * (spread into the twin's messages).
 */
export const SPECTATOR_MESSAGES = {
  de: {
    'spectator.title': 'Zuschauer und Führung',
    'spectator.none': 'Kein Headset aktiv. Sobald jemand „VR starten“ wählt, ist hier seine Sicht zu sehen.',
    'spectator.view-eye': 'Sicht des Besuchers',
    'spectator.view-above': 'Von oben',
    'guide.title': 'Besucher hinführen',
    'guide.building': 'Zu: {{name}}',
    'guide.sent': 'Vorschlag „{{place}}“ gesendet. Der Besucher bestätigt mit dem Abzug.',
    'guide.shown': 'Der Besucher sieht den Vorschlag „{{place}}“.',
    'guide.accepted': 'Angenommen: Der Besucher geht zu „{{place}}“.',
    'guide.dismissed': 'Abgelehnt: Der Besucher bleibt, wo er ist.',
    'guide.prompt': 'Nach „{{place}}“ gehen?',
    'guide.prompt-hint': 'Abzug drücken: ja · Greiftaste: nein',
  },
  en: {
    'spectator.title': 'Spectator and guide',
    'spectator.none': 'No headset active. As soon as someone chooses "Enter VR", their view shows here.',
    'spectator.view-eye': "Visitor's view",
    'spectator.view-above': 'From above',
    'guide.title': 'Guide the visitor',
    'guide.building': 'To: {{name}}',
    'guide.sent': 'Suggestion "{{place}}" sent. The visitor confirms with the trigger.',
    'guide.shown': 'The visitor sees the suggestion "{{place}}".',
    'guide.accepted': 'Accepted: the visitor goes to "{{place}}".',
    'guide.dismissed': 'Turned down: the visitor stays where they are.',
    'guide.prompt': 'Go to "{{place}}"?',
    'guide.prompt-hint': 'Pull the trigger: yes · Grip: no',
  },
} as const;
