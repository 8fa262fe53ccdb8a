import type { ErrorCode } from '../../shared/contract';

/** An error meant for the user: its code and message cross the API boundary as they are. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: number) => new ServiceError('not-found', `${what} ${id} does not exist`);
