/** The drop feature's texts for the EPSG field and the place form, German and English (spread into the twin's messages). */
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
    'drop.place-title': 'Modell platzieren',
    'drop.place-offer':
      '{{file}} sagt nicht, wo es liegt, und wird im Bild des Zwillings gezeigt. Um es zu platzieren: EPSG-Code und die Koordinaten seines Nullpunkts (0,0,0) darin.',
    'drop.place-easting': 'Rechtswert (Ost, m)',
    'drop.place-northing': 'Hochwert (Nord, m)',
    'drop.place-height': 'Höhe (m, leer: 0)',
    'drop.place-invalid': 'Bitte Rechts- und Hochwert als Zahlen angeben, z. B. 384600 und 5935500.',
    'drop.place-apply': 'Platzieren',
    'drop.place-cancel': 'So lassen',
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
    'drop.place-title': 'Place the model',
    'drop.place-offer':
      "{{file}} does not say where it lies and is shown in the twin's frame. To place it: an EPSG code and the coordinates of its origin (0,0,0) in it.",
    'drop.place-easting': 'Easting (m)',
    'drop.place-northing': 'Northing (m)',
    'drop.place-height': 'Height (m, empty: 0)',
    'drop.place-invalid': 'Please give easting and northing as numbers, e.g. 384600 and 5935500.',
    'drop.place-apply': 'Place',
    'drop.place-cancel': 'Leave it',
  },
} as const;
