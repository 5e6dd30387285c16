/** One recorded message: when it arrived (epoch ms), its topic and its payload as text. */
export interface RecordedMessage {
  at: number;
  topic: string;
  payload: string;
}

/** A recording read back: its messages, and the lines that could not be read (a torn last line among them). */
export interface ParsedRecording {
  messages: RecordedMessage[];
  /** 1-based line numbers and why each was skipped. */
  skipped: { line: number; reason: string }[];
  /** The last line was cut off mid-write (a kill during a flush): skipped, and said so. */
  tornLastLine: boolean;
}

/** A message as one JSON Lines line, newline included. */
export function formatRecordingLine(message: RecordedMessage): string {
  return `${JSON.stringify({ at: message.at, topic: message.topic, payload: message.payload })}\n`;
}

/** The file a day's messages go to: `YYYY-MM-DD.jsonl`, by the UTC date (a stand's day never spans two files). */
export function recordingFileName(at: number): string {
  return `${new Date(at).toISOString().slice(0, 10)}.jsonl`;
}

function readLine(text: string): RecordedMessage | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  const o = value as Record<string, unknown> | null;
  if (!o || typeof o !== 'object') return 'not a JSON object';
  if (typeof o.at !== 'number' || !Number.isFinite(o.at)) return '"at" is not a time in ms';
  if (typeof o.topic !== 'string' || o.topic === '') return '"topic" is missing';
  if (typeof o.payload !== 'string') return '"payload" is not text';
  return { at: o.at, topic: o.topic, payload: o.payload };
}

/** Read a recording; bad lines are skipped and named, never fatal; messages come back in time order. */
export function parseRecording(text: string): ParsedRecording {
  const lines = text.split('\n');
  // A complete file ends with a newline; anything after the last one was still being written.
  const unfinished = lines.pop() ?? '';
  const messages: RecordedMessage[] = [];
  const skipped: ParsedRecording['skipped'] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const read = readLine(line);
    if (typeof read === 'string') skipped.push({ line: i + 1, reason: read });
    else messages.push(read);
  });
  const tornLastLine = unfinished.trim() !== '';
  if (tornLastLine) {
    const read = readLine(unfinished);
    // A last line without its newline that still reads whole is kept (a file edited by hand).
    if (typeof read === 'string')
      skipped.push({ line: lines.length + 1, reason: 'cut off (torn last line)' });
    else messages.push(read);
  }
  messages.sort((a, b) => a.at - b.at);
  return { messages, skipped, tornLastLine: tornLastLine && typeof readLine(unfinished) === 'string' };
}

/** When to publish each message: ms after the replay starts, the recording's own gaps divided by `speed`. */
export function replayDelays(messages: readonly RecordedMessage[], speed: number): number[] {
  if (!(speed > 0 && Number.isFinite(speed)))
    throw new Error(`replay: Requires a speed above 0, not ${speed}`);
  const first = messages[0]?.at ?? 0;
  return messages.map((m) => (m.at - first) / speed);
}

const TIME_KEYS = ['ts', 'time', 'timestamp', 'phenomenonTime', 'resultTime'] as const;

/**
 * The payload with its time fields moved to `at` (in the same form: epoch ms, epoch s or ISO text), so a
 * replayed reading is current rather than refused as old. Payloads without a time, or not JSON, pass as they are.
 */
export function retimePayload(payload: string, at: number): string {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return payload;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return payload;
  const o = value as Record<string, unknown>;
  let changed = false;
  for (const key of TIME_KEYS) {
    const old = o[key];
    if (typeof old === 'number') o[key] = old < 1e11 ? Math.round(at / 1000) : at;
    else if (typeof old === 'string') o[key] = new Date(at).toISOString();
    else continue;
    changed = true;
  }
  return changed ? JSON.stringify(o) : payload;
}
