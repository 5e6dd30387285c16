import { createElement } from 'react';
import { JsonReader } from '../../core/input/json-reader.ts';
import { parseClearanceRules } from '../../core/utilities/clearance-rules.ts';
import type { TwinFeature, TwinRuntime } from '../../twin/twin-runtime.ts';
import DEFAULT_RULES from './clearance-rules.json';
import { fetchNetworkJson, fetchRules, fileOf } from './network-source.ts';
import { createUtilitiesController } from './utilities-controller.ts';
import { createUtilitiesStore } from './utilities-state.ts';
import { UtilitiesScene } from './UtilitiesScene.tsx';
import { UtilitiesPanel } from './UtilitiesPanel.tsx';

/** Where the network and the clearance rules come from (config keys `utilities`, `utilityRules`). */
export interface UtilitiesOptions {
  network: string;
  rules: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Underground planning, the entry point of this feature: the utility network drawn under the city, an X-ray
 * view through the ground, and a planned route checked against the network, the buildings and the ground.
 */
export function createUtilitiesFeature(options: UtilitiesOptions): TwinFeature {
  const store = createUtilitiesStore();
  const removers: (() => void)[] = [];
  const loading = new AbortController();
  return {
    name: 'utilities',
    init(runtime: TwinRuntime) {
      // The shipped rules first, so the check works at once; a Stadtwerk's own file replaces them once read.
      store.setState({ rules: parseClearanceRules(new JsonReader('clearance-rules.json', DEFAULT_RULES)) });
      const controller = createUtilitiesController(runtime, store);
      removers.push(() => controller.dispose());
      const { signal } = loading;
      // A file that cannot be read is named in a notice; one no longer wanted (the feature went) is not.
      const warn = (code: string, url: string) => (error: unknown) => {
        if (!signal.aborted)
          runtime.addNotice({ code, params: { url, reason: message(error) }, severity: 'warning' });
      };
      if (options.rules.trim() !== '')
        fetchRules(options.rules, signal)
          .then((rules) => store.setState({ rules }))
          .catch(warn('utilities.rules-failed', options.rules));
      fetchNetworkJson(options.network, signal)
        .then((json) => controller.useNetwork(json, fileOf(options.network), true))
        .catch(warn('utilities.failed', options.network));
      removers.push(
        runtime.addPart({
          name: 'utilities',
          scene: () => createElement(UtilitiesScene, { store }),
          overlay: () => createElement(UtilitiesPanel, { store, controller }),
          api: controller.api,
        }),
      );
    },
    dispose() {
      loading.abort();
      for (const remove of removers.splice(0).reverse()) remove();
    },
  };
}
