import { useEffect, useState } from 'react';
import { hearHeadset, liveHeadsets, type HeadsetList } from '../../core/exhibit/headset-list.ts';
import { parsePresence } from '../../core/exhibit/presence-message.ts';
import { STAND_ACCOUNTS, headsetOfTopic, standTopicRoot } from '../../core/exhibit/stand-topics.ts';
import { brokerSocketUrl } from '../../core/origins.ts';
import { createStandLink } from '../../sensors/stand-link.ts';
import { useTwin } from '../../twin/use-twin.ts';

/** Ms between looks at which headsets are still there (a headset publishes up to 20 times a second). */
const LIVE_CHECK_MS = 1000;

/**
 * The headsets in VR on the stand now, by id, while the operator panel is open: it listens to their presence
 * with the guide's account (which may read poses and publish nothing but suggestions), and stops when closed.
 */
export function useHeadsets(): readonly string[] {
  const { runtime } = useTwin();
  const [live, setLive] = useState<readonly string[]>([]);
  useEffect(() => {
    const root = standTopicRoot(runtime.config.topicPrefix);
    let list: HeadsetList = new Map();
    const refresh = (): void => {
      const next = liveHeadsets(list, Date.now());
      setLive((now) => (now.length === next.length && now.every((id, i) => id === next[i]) ? now : next));
    };
    const link = createStandLink({
      url: brokerSocketUrl(runtime.config.broker, location.href),
      account: STAND_ACCOUNTS.guide,
      topics: [`${root}/presence/+`],
      onMessage: (topic, payload) => {
        const id = headsetOfTopic(root, 'presence', topic);
        const message = id ? parsePresence(payload) : null;
        if (!id || !message) return;
        const known = list.has(id);
        list = hearHeadset(list, id, message, Date.now());
        // A new headset or a goodbye shows at once; one going silent at the next look.
        if (!known || message.bye) refresh();
      },
    });
    const timer = setInterval(refresh, LIVE_CHECK_MS);
    return () => {
      clearInterval(timer);
      void link.dispose();
    };
  }, [runtime]);
  return live;
}
