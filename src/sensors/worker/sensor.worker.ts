// The sensor worker: MQTT client, parser and reducer off the main thread. The page pulls a batch of what
// changed at most once per frame; everything here is the pure ingest behind a thin message adapter.
import { readReplayClock } from '../../core/exhibit/replay-clock.ts';
import { createIngest, type Ingest } from '../../core/sensors/ingest.ts';
import { joinedSocket } from '../joined-socket.ts';
import { createMqttConnection, type ConnectionState } from '../mqtt-connection.ts';
import { backfillSensorThings } from '../sensorthings-backfill.ts';
import { transferables, type FromWorker, type ToWorker, type WorkerBatch } from './protocol.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer: Transferable[]): void;
};

let ingest: Ingest | null = null;
let problems: WorkerBatch['problems'] = [];
let state: ConnectionState = 'connecting';
let detail = '';
let city = 0;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    ingest = createIngest(message.registry, message.ingest);
    const live = ingest;
    const [url = '', ...servers] = message.brokers.urls;
    const { brokers } = message;
    if (brokers.sensorThings !== '')
      void backfillSensorThings({
        base: brokers.sensorThings,
        datastreams: brokers.datastreams,
        now: Date.now(),
        fetch: (url, init) => fetch(url, init),
        onMessage: (m) => live.message(m.topic, m.payload, Date.now()),
        onProblem: (url, reason) => problems.push({ url, reason }),
      });
    // The connection lives as long as the worker: the page ends both by terminating it.
    createMqttConnection({
      url,
      servers,
      username: message.brokers.username,
      password: message.brokers.password,
      topics: message.brokers.topics,
      // A burst of frames reaches mqtt.js in one piece, not 4 ms of timer per frame.
      createSocket: joinedSocket,
      onState: (next, why) => {
        state = next;
        detail = why;
      },
      onMessage: (topic, payload) => {
        if (topic !== brokers.replayClock) return live.message(topic, payload, Date.now());
        const clock = readReplayClock(new TextDecoder().decode(payload));
        if (clock !== null && 'reason' in clock) live.state.reject([clock]);
        else scope.postMessage({ type: 'replay', clock }, []);
      },
    });
  } else if (message.type === 'features') {
    city = message.city;
    ingest?.setFeatures(message.ids, message.bounds);
  } else if (message.type === 'highlight') {
    ingest?.highlightOutliers(message.on);
  } else if (ingest) {
    const batch = ingest.takeBatch(Date.now());
    const histories: WorkerBatch['histories'] = {};
    for (const id of message.history) histories[id] = ingest.state.history(id);
    scope.postMessage(
      { type: 'batch', batch, city, connection: state, detail, histories, problems },
      transferables(batch),
    );
    problems = [];
  }
};
