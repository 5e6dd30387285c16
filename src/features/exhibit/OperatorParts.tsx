import { useEffect, useState } from 'react';
import { useTwin, useTwinState } from '../../twin/use-twin.ts';
import { useHeadsets } from './use-headsets.ts';
import { useStandStatus } from './use-stand-status.ts';

interface Row {
  part: string;
  text: string;
  ok: boolean;
}

/** Every part of the stand, green or red: broker, sensors, data source, supervised processes, headsets. */
export function OperatorParts() {
  const { runtime, t } = useTwin();
  const connection = useTwinState((s) => s.connection);
  const status = useStandStatus();
  const headsets = useHeadsets();
  const [sensors, setSensors] = useState({ live: 0, known: 0, rate: 0 });
  useEffect(() => {
    const read = (): void => {
      const now = Date.now();
      const counts = runtime.feed.state.counts(now);
      const rate = Math.round(runtime.feed.messagesPerSecond(now) * 10) / 10;
      setSensors({ live: counts.live, known: counts.known, rate });
    };
    read();
    const timer = setInterval(read, 1000);
    return () => clearInterval(timer);
  }, [runtime]);
  const rows: Row[] = [
    { part: 'mqtt', text: t(`mqtt.${connection}`), ok: connection === 'connected' },
    { part: 'sensors', text: t('operator.sensors', sensors), ok: sensors.live > 0 },
    {
      part: 'headsets',
      text:
        headsets.length === 0
          ? t('operator.headsets-none')
          : t('operator.headsets', { count: headsets.length, ids: headsets.join(', ') }),
      // A stand without a headset in use is not broken: the row is never red.
      ok: true,
    },
  ];
  if (status === null) rows.push({ part: 'server', text: t('operator.server-down'), ok: false });
  else if (status !== 'none') {
    const source =
      status.source === 'replay'
        ? t('operator.source.replay', { file: status.file })
        : t(`operator.source.${status.source}`);
    rows.push({ part: 'source', text: source, ok: true });
    for (const [name, p] of Object.entries(status.parts)) {
      const state = p.state === 'down' ? t('operator.state.down') : t('operator.state.up');
      const restarts = p.restarts > 0 ? ` · ${t('operator.state.restarted', { count: p.restarts })}` : '';
      rows.push({ part: name, text: `${state}${restarts}`, ok: p.state === 'up' });
    }
  }
  return (
    <>
      <h3>{t('operator.parts')}</h3>
      <ul className="stand-parts" data-testid="operator-parts">
        {rows.map((r) => (
          <li key={r.part} data-part={r.part} data-ok={r.ok}>
            <span className={r.ok ? 'stand-ok' : 'stand-bad'}>
              {t(`operator.part.${r.part}`, { defaultValue: r.part })}
            </span>
            <span>{r.text}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
