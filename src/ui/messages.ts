/** Every text the twin shows, in German (the stand's language) and English. */
export const MESSAGES = {
  de: {
    title: 'Stadtzwilling Neubrandenburg',
    'mqtt.connecting': 'MQTT: verbinde …',
    'mqtt.connected': 'MQTT: verbunden',
    'mqtt.reconnecting': 'MQTT: Verbindung unterbrochen, verbinde neu …',
    'mqtt.offline': 'MQTT: offline',
    'mqtt.refused': 'MQTT: Anmeldung abgelehnt',
    'hud.rate': '{{rate}} Nachr./s',
    'hud.sensors': '{{live}} von {{known}} Sensoren aktuell',
    'hud.rejected': '{{count}} abgelehnt',
    'loading.city': 'Stadtmodell wird geladen: {{loaded}} von {{total}}',
    'loading.city-unknown': 'Stadtmodell wird geladen: {{loaded}}',
    'config.unknown': 'Unbekannte Einstellung „{{name}}“ wird ignoriert.',
    'config.invalid': 'Ungültiger Wert „{{value}}“ für „{{name}}“: Standardwert wird verwendet.',
    'config.file-invalid': 'Die Konfigurationsdatei ist kein JSON-Objekt und wird ignoriert.',
    'config.file-unreadable':
      'Die Konfigurationsdatei ist kein gültiges JSON ({{reason}}) und wird ignoriert.',
    'registry.failed':
      'Sensorverzeichnis {{url}} nicht lesbar ({{reason}}): Sensoren werden nicht zugeordnet.',
    'city.failed': 'Das Stadtmodell {{url}} konnte nicht geladen werden ({{reason}}).',
    'city.no-features': 'Das Stadtmodell enthält keine Gebäude-IDs: Sensoren können nicht eingefärbt werden.',
    'webgl.failed': 'Dieser Browser kann kein 3D (WebGL) darstellen.',
    dismiss: 'Schließen',
    credits: 'Kartendaten © OpenStreetMap-Mitwirkende',
  },
  en: {
    title: 'City twin Neubrandenburg',
    'mqtt.connecting': 'MQTT: connecting …',
    'mqtt.connected': 'MQTT: connected',
    'mqtt.reconnecting': 'MQTT: connection lost, reconnecting …',
    'mqtt.offline': 'MQTT: offline',
    'mqtt.refused': 'MQTT: login refused',
    'hud.rate': '{{rate}} msg/s',
    'hud.sensors': '{{live}} of {{known}} sensors current',
    'hud.rejected': '{{count}} rejected',
    'loading.city': 'Loading the city model: {{loaded}} of {{total}}',
    'loading.city-unknown': 'Loading the city model: {{loaded}}',
    'config.unknown': 'Unknown setting "{{name}}" is ignored.',
    'config.invalid': 'Invalid value "{{value}}" for "{{name}}": using the default.',
    'config.file-invalid': 'The config file is not a JSON object and is ignored.',
    'config.file-unreadable': 'The config file is not valid JSON ({{reason}}) and is ignored.',
    'config.mapping-invalid': 'A device mapping in the config is faulty and is ignored ({{detail}}).',
    'registry.failed':
      'Sensor registry {{url}} could not be read ({{reason}}): sensors are not bound to buildings.',
    'city.failed': 'The city model {{url}} could not be loaded ({{reason}}).',
    'city.no-features': 'The city model has no building ids: sensors cannot colour it.',
    'webgl.failed': 'This browser cannot show 3D (WebGL).',
    dismiss: 'Close',
    credits: 'Map data © OpenStreetMap contributors',
  },
} as const;

/** A message key. */
export type MessageKey = keyof (typeof MESSAGES)['de'];
