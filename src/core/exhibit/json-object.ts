/**
 * A message from the broker as a JSON object, or null when it is too long, not JSON, or not an object: the
 * stand's parts drop such a message and keep what they showed.
 */
export function parseJsonObject(payload: string, maxLength: number): Record<string, unknown> | null {
  if (payload.length > maxLength) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    return null;
  }
  return raw !== null && typeof raw === 'object' && !Array.isArray(raw)
    ? (raw as Record<string, unknown>)
    : null;
}
