/** Counts what the server refused, by kind, and says so in the log without flooding it. */
export interface RefusalLog {
  refuse(kind: string, detail: string): void;
  /** How many of each kind since the start. */
  counts(): Readonly<Record<string, number>>;
}

/** Log the first ten refusals of each kind, then every hundredth, each with the running count. */
export function createRefusalLog(log: (line: string) => void): RefusalLog {
  const counts: Record<string, number> = {};
  return {
    refuse(kind, detail) {
      const n = (counts[kind] = (counts[kind] ?? 0) + 1);
      if (n <= 10 || n % 100 === 0) log(`Refused (${kind}, ${n} so far): ${detail}`);
    },
    counts: () => ({ ...counts }),
  };
}
