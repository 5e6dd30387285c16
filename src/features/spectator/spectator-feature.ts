import { createElement } from 'react';
import { brokerSocketUrl } from '../../core/origins.ts';
import { encodeGuide, type GuideTarget } from '../../core/exhibit/guide-message.ts';
import { followedHeadset } from '../../core/exhibit/headset-list.ts';
import { guideTopic, standTopicRoot } from '../../core/exhibit/stand-topics.ts';
import { watchHeadsets } from '../../sensors/headset-watch.ts';
import type { TwinFeature } from '../../twin/twin-runtime.ts';
import { SpectatorCamera } from './SpectatorCamera.tsx';
import { SpectatorOverlay } from './SpectatorOverlay.tsx';
import { createSpectatorStore, type SpectatorView } from './spectator-state.ts';
import './spectator.css';

/** Ms between looks at which headsets are still there. */
const LIVE_CHECK_MS = 500;

/** What `window.cityTwin.spectator` offers a test. */
export interface SpectatorApi {
  state(): {
    live: readonly string[];
    followed: string | null;
    view: SpectatorView;
    received: number;
    subscriptions: number;
    sent: { id: string; headset: string; state: string } | null;
  };
  choose(id: string | null): void;
  setView(view: SpectatorView): void;
}

/**
 * The big screen (`?mode=spectator`): follows a headset on the stand (its view smoothed, or from above), and is
 * the guide's touch panel that suggests a viewpoint or building to the visitor. Entry point of the feature.
 */
export function createSpectatorFeature(): TwinFeature {
  const removers: (() => void)[] = [];
  return {
    name: 'spectator',
    init(runtime) {
      const root = standTopicRoot(runtime.config.topicPrefix);
      const store = createSpectatorStore();
      const refresh = (): void => {
        const live = watch.live();
        const s = store.getState();
        const followed = followedHeadset(live, s.chosen);
        if (live !== s.live || followed !== s.followed) store.setState({ live, followed });
      };
      const watch = watchHeadsets({
        url: brokerSocketUrl(runtime.config.broker, location.href),
        topicPrefix: runtime.config.topicPrefix,
        checkMs: LIVE_CHECK_MS,
        onLive: () => refresh(),
        onState: (connected) => store.setState({ connected }),
        onMessage: (id, message) => {
          const { sent } = store.getState();
          const answer = message.prompt;
          if (sent && sent.headset === id && answer?.id === sent.guide.id && answer.state !== sent.state)
            store.setState({ sent: { ...sent, state: answer.state } });
        },
      });
      const { link, heard: poses } = watch;
      removers.push(() => void watch.dispose());
      removers.push(store.subscribe((s, p) => s.chosen !== p.chosen && refresh()));
      let count = 0;
      const send = (target: GuideTarget, name: { de: string; en: string }): void => {
        const headset = store.getState().followed;
        if (!headset) return;
        const guide = { id: `g${Date.now().toString(36)}-${++count}`, target, name };
        if (link.publish(guideTopic(root, headset), encodeGuide(guide)))
          store.setState({ sent: { guide, headset, state: 'sent' } });
      };
      const api: SpectatorApi = {
        state: () => {
          const s = store.getState();
          return {
            live: s.live,
            followed: s.followed,
            view: s.view,
            received: poses.received,
            subscriptions: link.subscriptions(),
            sent: s.sent && { id: s.sent.guide.id, headset: s.sent.headset, state: s.sent.state },
          };
        },
        choose: (id) => store.setState({ chosen: id }),
        setView: (view) => store.setState({ view }),
      };
      const Scene = () => createElement(SpectatorCamera, { store, poses });
      const Overlay = () => createElement(SpectatorOverlay, { store, send });
      removers.push(
        runtime.addPart({ name: 'spectator', scene: Scene, overlay: Overlay, api: { spectator: api } }),
      );
    },
    dispose() {
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}
