import type { ApiError } from '../../shared/contract';
import { asApiError } from './errors';

/**
 * Runs changes on the server: a failure becomes the error on screen, a success clears it, and
 * `afterwards` runs either way, since even a failed change may have left the data otherwise.
 */
export function runnerReportingErrors(setError: (error: ApiError | null) => void, afterwards: () => void) {
  return async (action: () => Promise<unknown>) => {
    try {
      await action();
      setError(null);
    } catch (e) {
      setError(asApiError(e));
    }
    afterwards();
  };
}
