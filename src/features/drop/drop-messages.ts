/** The drop feature's texts for the EPSG field, German and English (spread into the twin's messages). */
export const DROP_MESSAGES = {
  de: {
    'drop.crs-title': 'Bezugssystem angeben',
    'drop.crs-needed':
      '{{file}} nennt kein Bezugssystem. Mit welchem EPSG-Code sind die Koordinaten geschrieben? (z. B. EPSG:25833 für ETRS89 / UTM 33N)',
    'drop.crs-refused':
      '{{file}}: {{code}} lässt sich nicht verwenden ({{reason}}). Bitte einen anderen EPSG-Code angeben.',
    'drop.crs-label': 'EPSG-Code',
    'drop.crs-invalid': '„{{text}}“ ist kein EPSG-Code: bitte z. B. EPSG:25833 oder 25833 schreiben.',
    'drop.crs-apply': 'Importieren',
    'drop.crs-cancel': 'Abbrechen',
  },
  en: {
    'drop.crs-title': 'Give the reference system',
    'drop.crs-needed':
      '{{file}} names no reference system. Which EPSG code are its coordinates in? (e.g. EPSG:25833 for ETRS89 / UTM 33N)',
    'drop.crs-refused': '{{file}}: {{code}} cannot be used ({{reason}}). Please give another EPSG code.',
    'drop.crs-label': 'EPSG code',
    'drop.crs-invalid': '"{{text}}" is not an EPSG code: write e.g. EPSG:25833 or 25833.',
    'drop.crs-apply': 'Import',
    'drop.crs-cancel': 'Cancel',
  },
} as const;
