import { useEffect, useState } from 'react';
import { parseStandStatus, type StandStatus } from '../../core/exhibit/stand-status.ts';

/** How often the operator panel asks the supervisor, ms. */
const POLL_MS = 3000;

/** The supervisor's status while the panel is open: a status, null (the server did not answer) or 'none'. */
export function useStandStatus(): StandStatus | null | 'none' {
  const [status, setStatus] = useState<StandStatus | null | 'none'>('none');
  useEffect(() => {
    const controller = new AbortController();
    const read = (): void => {
      fetch(new URL('stand-status.json', document.baseURI), { cache: 'no-store', signal: controller.signal })
        .then(async (res) => (res.ok ? parseStandStatus(await res.json()) : 'none'))
        .then((next) => setStatus(next ?? 'none'))
        // Unreachable (the server restarting): said as such, never thrown.
        .catch(() => !controller.signal.aborted && setStatus(null));
    };
    read();
    const timer = setInterval(read, POLL_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, []);
  return status;
}
