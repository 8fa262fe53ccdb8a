import type { EventName, EventPayload } from '../shared/contract';

type Listener = (name: EventName, payload: unknown) => void;

/** Fans events out to every transport that has subscribers (IPC windows, HTTP event streams). */
export class EventBus {
  private listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>) {
    for (const listener of this.listeners) listener(name, payload);
  }

  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
