import type { Aedes, Client } from 'aedes';

/** The subscriptions the broker holds now, over all its clients (the stand's soak checks they stay flat). */
export interface SubscriptionCount {
  count(): number;
}

/** Follow aedes's subscribe, unsubscribe and disconnect events; refused filters (granted 128) do not count. */
export function countSubscriptions(broker: Aedes): SubscriptionCount {
  const byClient = new Map<Client, Set<string>>();
  const of = (client: Client): Set<string> => {
    const held = byClient.get(client) ?? new Set<string>();
    byClient.set(client, held);
    return held;
  };
  broker.on('subscribe', (subscriptions, client) => {
    for (const s of subscriptions) if ((s.qos as number) !== 128) of(client).add(s.topic);
  });
  broker.on('unsubscribe', (topics, client) => {
    for (const topic of topics) of(client).delete(topic);
  });
  broker.on('clientDisconnect', (client) => byClient.delete(client));
  return {
    count() {
      let n = 0;
      for (const held of byClient.values()) n += held.size;
      return n;
    },
  };
}
