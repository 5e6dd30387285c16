import { describe, expect, it } from 'vitest';
import { standParts, type StandPartsOptions } from '../../../sensors/exhibit/stand-parts.ts';

const OPTIONS: StandPartsOptions = {
  port: '5173',
  mqttPort: '1883',
  host: false,
  speed: '60',
  record: true,
  configFile: 'stadtzwilling.config.json',
  topicPrefix: 'stadt/nb/messwerte',
};

const prefixOf = (args: readonly string[]): string | undefined => args[args.indexOf('--prefix') + 1];

describe('the stand parts', () => {
  it('has the simulator and the recorder speak on the config file topic prefix', () => {
    const parts = standParts(OPTIONS);
    expect(parts.map((p) => p.name)).toEqual(['web', 'simulator', 'recorder']);
    expect(prefixOf(parts[1]!.args)).toBe('stadt/nb/messwerte');
    expect(prefixOf(parts[2]!.args)).toBe('stadt/nb/messwerte');
    // The web server reads the prefix from the config file itself.
    expect(parts[0]!.args).not.toContain('--prefix');
    expect(parts[0]!.args).toContain('stadtzwilling.config.json');
    // The simulator and the recorder wait for the web server's broker.
    expect(parts.map((p) => p.needsPort)).toEqual([undefined, 1883, 1883]);
  });

  it('replays a recorded day on the same prefix instead of simulating', () => {
    const parts = standParts({ ...OPTIONS, record: false, replay: 'sensors/recordings/day.jsonl' });
    expect(parts.map((p) => p.name)).toEqual(['web', 'replay']);
    expect(prefixOf(parts[1]!.args)).toBe('stadt/nb/messwerte');
    expect(parts[1]!.args.some((a) => a.endsWith('/sensors/recordings/day.jsonl'))).toBe(true);
  });
});
