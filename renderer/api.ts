// A client typed by the contract. It talks to the Electron preload when there is one and to the
// browser-mode HTTP server otherwise; components never know which.
import { EVENT_NAMES } from '../shared/constants';
import type { ApiError, EventName, EventPayload, Input, MethodName, Output, Result } from '../shared/contract';

export interface Transport {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (name: string, payload: unknown) => void): () => void;
}

declare global {
  interface Window {
    sverka?: Transport;
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

function httpTransport(): Transport {
  const token =
    document.querySelector<HTMLMetaElement>('meta[name="sverka-token"]')?.content ??
    new URLSearchParams(location.search).get('token') ??
    '';
  let source: EventSource | null = null;
  const listeners = new Set<(name: string, payload: unknown) => void>();
  const open = () => {
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const data = JSON.parse((event as MessageEvent).data);
        for (const listener of listeners) listener(name, data);
      });
    }
  };
  return {
    async invoke(method, input) {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': token },
        body: JSON.stringify(input ?? {}),
      });
      if (response.headers.get('content-type')?.startsWith('application/json')) return response.json();
      return { ok: false, error: { code: 'bad-request', message: `${response.status} ${await response.text()}` } };
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) open();
      return () => listeners.delete(listener);
    },
  };
}

export function createApi(transport: Transport = window.sverka ?? httpTransport()) {
  return {
    async call<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      const result = await transport.invoke(method, input);
      if (!result.ok) throw new ApiCallError(result.error);
      return result.value as Output<M>;
    },
    on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void {
      return transport.subscribe((event, payload) => {
        if (event === name) listener(payload as EventPayload<E>);
      });
    },
  };
}

export type Api = ReturnType<typeof createApi>;
