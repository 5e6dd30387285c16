import { useFrame } from '@react-three/fiber';
import type { Planning } from '../planning.ts';

/**
 * Before the walk controls read this frame's DOM input (a negative priority runs first), drop the look
 * travel and clicks a proposal drag produced: the pointer moved the block, not the view.
 */
export function DragGuard({ planning }: { planning: Planning }) {
  useFrame(() => {
    if (planning.drag === 'none') return;
    const input = planning.runtime.input;
    input.lookX = 0;
    input.lookY = 0;
    input.clicks.length = 0;
    if (planning.drag === 'released') planning.drag = 'none';
  }, -1);
  return null;
}
