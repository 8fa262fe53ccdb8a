import type { ApiError } from '../../shared/contract';
import { ApiCallError } from '../api';

/** Any failure as the {code, message} pair the API uses, so the UI shows one kind of error. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiCallError) return error.error;
  if (error instanceof Error) return { code: 'internal', message: error.message };
  return { code: 'internal', message: String(error) };
}
