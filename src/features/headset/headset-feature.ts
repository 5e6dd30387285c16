import { createElement } from 'react';
import { brokerSocketUrl } from '../../core/origins.ts';
import { parseGuide } from '../../core/exhibit/guide-message.ts';
import { PRESENCE_BYE, encodePresence } from '../../core/exhibit/presence-message.ts';
import {
  STAND_ACCOUNTS,
  guideTopic,
  presenceTopic,
  standTopicRoot,
} from '../../core/exhibit/stand-topics.ts';
import { createStandLink, type StandLink } from '../../sensors/stand-link.ts';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { knowsTarget } from './guide-go.ts';
import { headsetId } from './headset-id.ts';
import { HeadsetScene } from './HeadsetScene.tsx';
import { createHeadsetStore, showPrompt, type HeadsetCounters } from './headset-state.ts';

/** What `window.cityTwin.headset` tells a test or the operator. */
export interface HeadsetApi {
  id: string;
  state(): HeadsetCounters & {
    connected: boolean;
    subscriptions: number;
    prompt: string | null;
    answer: { id: string; state: string } | null;
  };
}

/**
 * The headset on the stand: while its visitor is in VR, it publishes where they are and what they look at
 * (the spectator screen follows), and shows the guide's suggestions, taken only with the trigger. Outside VR it
 * holds no connection. Entry point of the feature.
 */
export function createHeadsetFeature(): TwinFeature {
  const removers: (() => void)[] = [];
  return {
    name: 'headset',
    init(runtime) {
      const id = headsetId();
      const root = standTopicRoot(runtime.config.topicPrefix);
      const store = createHeadsetStore();
      const counters: HeadsetCounters = { frames: 0, sent: 0, frameMs: 0 };
      let link: StandLink | null = null;
      const open = (): void => {
        link = createStandLink({
          url: brokerSocketUrl(runtime.config.broker, location.href),
          account: STAND_ACCOUNTS.presence,
          topics: [guideTopic(root, id)],
          onState: (connected) => store.setState({ connected }),
          onMessage: (_topic, payload) => {
            const guide = parseGuide(payload);
            if (guide && knowsTarget(runtime, guide.target)) showPrompt(store, guide);
          },
        });
      };
      const close = (): void => {
        if (!link) return;
        link.publish(presenceTopic(root, id), encodePresence(PRESENCE_BYE));
        void link.dispose();
        link = null;
        store.setState({ prompt: null, connected: false, busy: false });
      };
      removers.push(
        runtime.xr.subscribe((state, previous) => {
          if (Boolean(state.session) === Boolean(previous.session)) return;
          if (state.session) open();
          else close();
        }),
      );
      removers.push(close);
      // While a suggestion is on show (and until the trigger that took it is let go), the trigger answers it
      // and does not teleport.
      let giveBack: (() => void) | null = null;
      const claim = (): void => {
        const shown = store.getState().prompt !== null || store.getState().busy;
        if (shown && !giveBack) giveBack = runtime.claimVrTrigger('guide');
        if (!shown && giveBack) {
          giveBack();
          giveBack = null;
        }
      };
      removers.push(store.subscribe(claim));
      removers.push(() => giveBack?.());
      const publish = (payload: string): boolean => link?.publish(presenceTopic(root, id), payload) ?? false;
      const api: HeadsetApi = {
        id,
        state: () => {
          const s = store.getState();
          return {
            ...counters,
            connected: s.connected,
            subscriptions: link?.subscriptions() ?? 0,
            prompt: s.prompt?.id ?? null,
            answer: s.answer,
          };
        },
      };
      const Scene = () => createElement(HeadsetScene, { store, counters, publish });
      removers.push(runtime.addPart({ name: 'headset', scene: Scene, api: { headset: api } }));
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}
