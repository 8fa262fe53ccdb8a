import { useCallback, useState } from 'react';
import { readStored, writeStored } from '../storage';

/** A yes/no preference remembered across sessions. */
export function usePersistentFlag(key: string, initial: boolean): [boolean, (value: boolean | ((old: boolean) => boolean)) => void] {
  const [value, setValue] = useState(() => {
    const stored = readStored(key);
    return stored === null ? initial : stored === 'true';
  });
  const set = useCallback(
    (next: boolean | ((old: boolean) => boolean)) =>
      setValue((old) => {
        const resolved = typeof next === 'function' ? next(old) : next;
        writeStored(key, String(resolved));
        return resolved;
      }),
    [key],
  );
  return [value, set];
}
