import { hearHeadset, liveHeadsets, type HeadsetList } from '../core/exhibit/headset-list.ts';
import { parsePresence, type PresenceMessage } from '../core/exhibit/presence-message.ts';
import { STAND_ACCOUNTS, headsetOfTopic, standTopicRoot } from '../core/exhibit/stand-topics.ts';
import { createStandLink, type StandLink } from './stand-link.ts';

/** The headsets heard: each one's last message and when it came, and how many messages came in all. */
export interface HeardHeadsets {
  list: HeadsetList;
  received: number;
}

/** Where and how to listen to the stand's headsets. */
export interface HeadsetWatchOptions {
  /** The broker's WebSocket URL. */
  url: string;
  topicPrefix: string;
  /** Ms between looks at which headsets went silent (a headset in use speaks up to 20 times a second). */
  checkMs: number;
  /** The headsets in VR changed: a new one, a goodbye, or one gone silent. */
  onLive: (live: readonly string[]) => void;
  /** Each presence message read, after it is in `heard` (a pose, an answer to a suggestion). */
  onMessage?: (id: string, message: PresenceMessage) => void;
  onState?: (connected: boolean) => void;
}

/** The stand's headsets as the guide's account hears them; `dispose()` stops listening. */
export interface HeadsetWatch {
  readonly heard: HeardHeadsets;
  /** The headsets in VR at the last look, by id. */
  live(): readonly string[];
  /** The connection, for what the guide sends back. */
  readonly link: StandLink;
  dispose(): Promise<void>;
}

/** Listen to every headset's presence with the guide's account (it may read poses, publish only suggestions). */
export function watchHeadsets(o: HeadsetWatchOptions): HeadsetWatch {
  const root = standTopicRoot(o.topicPrefix);
  const heard: HeardHeadsets = { list: new Map(), received: 0 };
  let live: readonly string[] = [];
  const look = (): void => {
    const next = liveHeadsets(heard.list, Date.now());
    if (next.length === live.length && next.every((id, i) => id === live[i])) return;
    live = next;
    o.onLive(live);
  };
  const link = createStandLink({
    url: o.url,
    account: STAND_ACCOUNTS.guide,
    topics: [`${root}/presence/+`],
    onState: o.onState,
    onMessage: (topic, payload) => {
      const id = headsetOfTopic(root, 'presence', topic);
      const message = id ? parsePresence(payload) : null;
      if (!id || !message) return;
      const known = heard.list.has(id);
      heard.received++;
      heard.list = hearHeadset(heard.list, id, message, Date.now());
      o.onMessage?.(id, message);
      // A new headset or a goodbye shows at once; one going silent at the next look.
      if (!known || message.bye) look();
    },
  });
  const timer = setInterval(look, o.checkMs);
  return {
    heard,
    live: () => live,
    link,
    dispose() {
      clearInterval(timer);
      return link.dispose();
    },
  };
}
