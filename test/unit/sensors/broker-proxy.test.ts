import mqttPacket from 'mqtt-packet';
import { describe, expect, it } from 'vitest';
import { withAccount } from '../../../sensors/broker-proxy.ts';

const parse = (bytes: Buffer): mqttPacket.Packet => {
  let packet: mqttPacket.Packet | undefined;
  const parser = mqttPacket.parser({ protocolVersion: 5 });
  parser.on('packet', (p) => (packet = p));
  parser.parse(bytes);
  return packet!;
};

describe('withAccount', () => {
  for (const protocolVersion of [4, 5] as const) {
    it(`puts the server's account into a CONNECT (MQTT ${protocolVersion}), keeping the rest`, () => {
      const connect = mqttPacket.generate({
        cmd: 'connect',
        protocolId: 'MQTT',
        protocolVersion,
        clientId: 'mqttjs_page',
        clean: true,
        keepalive: 60,
      });
      const rewritten = parse(withAccount(connect, { username: 'viewer', password: 'geheim' })!);
      expect(rewritten).toMatchObject({
        cmd: 'connect',
        clientId: 'mqttjs_page',
        keepalive: 60,
        username: 'viewer',
      });
      expect(String((rewritten as mqttPacket.IConnectPacket).password)).toBe('geheim');
    });
  }

  it("leaves the page's own login when the server holds no account, and refuses what is no CONNECT", () => {
    const connect = mqttPacket.generate({
      cmd: 'connect',
      protocolId: 'MQTT',
      protocolVersion: 4,
      clientId: 'c',
      clean: true,
      keepalive: 30,
      username: 'gast',
      password: Buffer.from('gast'),
    });
    expect(parse(withAccount(connect, { username: '', password: '' })!)).toMatchObject({ username: 'gast' });
    expect(
      withAccount(mqttPacket.generate({ cmd: 'pingreq' }), { username: 'v', password: 'p' }),
    ).toBeUndefined();
    expect(
      withAccount(Buffer.from([0x10, 0x02, 0xff, 0xff]), { username: 'v', password: 'p' }),
    ).toBeUndefined();
  });
});
