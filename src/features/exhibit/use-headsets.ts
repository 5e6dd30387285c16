import { useEffect, useState } from 'react';
import { brokerSocketUrl } from '../../core/origins.ts';
import { watchHeadsets } from '../../sensors/headset-watch.ts';
import { useTwin } from '../../twin/use-twin.ts';

/** The headsets in VR on the stand now, by id, while the operator panel is open (it stops listening when closed). */
export function useHeadsets(): readonly string[] {
  const { runtime } = useTwin();
  const [live, setLive] = useState<readonly string[]>([]);
  useEffect(() => {
    const watch = watchHeadsets({
      url: brokerSocketUrl(runtime.config.broker, location.href),
      topicPrefix: runtime.config.topicPrefix,
      checkMs: 1000,
      onLive: setLive,
    });
    return () => void watch.dispose();
  }, [runtime]);
  return live;
}
