import type { ApiError, Output } from '../../shared/contract';
import type { Api } from '../api';
import { asApiError } from './errors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export interface SaverStatus {
  state: SaveState;
  error: ApiError | null;
}

interface Entry {
  timer: ReturnType<typeof setTimeout> | null;
  /** Text typed but not yet sent. */
  unsent: string | null;
  /** Saves of one segment run one after another, so each knows the edit the previous one made. */
  chain: Promise<void>;
  /** A focus session: everything typed in it is one edit, hence one undo step. */
  session: number;
  editId: number | null;
  editSession: number;
}

export const SAVE_DELAY_MS = 400;

/**
 * Saves target sentences as they are typed: debounced per segment, flushed on blur, and each
 * typing session continued as one edit on the server (segments.save with the previous editId).
 * Lives outside React so a row scrolled out of the virtual list still gets its text saved.
 */
export class SegmentSaver {
  private entries = new Map<number, Entry>();
  private pending = 0;
  private status: SaverStatus = { state: 'idle', error: null };

  constructor(
    private readonly api: Api,
    private readonly onSaved: (result: Output<'segments.save'>) => void,
    private readonly onStatus: (status: SaverStatus) => void,
  ) {}

  /** The editor's text changed: save it after a pause in typing. */
  change(segmentId: number, text: string) {
    const entry = this.entry(segmentId);
    if (entry.unsent === null) this.pending++;
    entry.unsent = text;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.flush(segmentId), SAVE_DELAY_MS);
    this.setStatus({ state: 'saving', error: null });
  }

  /** Sends what is waiting for this segment now; resolves when everything sent so far is saved. */
  flush(segmentId: number): Promise<void> {
    const entry = this.entries.get(segmentId);
    if (!entry) return Promise.resolve();
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    if (entry.unsent !== null) {
      const text = entry.unsent;
      entry.unsent = null;
      const session = entry.session;
      entry.chain = entry.chain.then(() => this.send(segmentId, entry, text, session));
    }
    return entry.chain;
  }

  /** The editor lost focus (or left the screen): save, and let the next typing start a new edit. */
  endSession(segmentId: number): Promise<void> {
    const done = this.flush(segmentId);
    const entry = this.entries.get(segmentId);
    if (entry) entry.session++;
    return done;
  }

  /** Saves everything waiting; undo and redo call this first so they act on the latest text. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.entries.keys()].map((id) => this.flush(id)));
  }

  /** After an undo or redo, typing must not continue an edit that is no longer the latest. */
  startNewSessions() {
    for (const entry of this.entries.values()) entry.session++;
  }

  hasPending(): boolean {
    return this.pending > 0;
  }

  /** Text typed for a segment that the server has not confirmed yet, if any. */
  unsentText(segmentId: number): string | null {
    return this.entries.get(segmentId)?.unsent ?? null;
  }

  dispose() {
    for (const entry of this.entries.values()) if (entry.timer) clearTimeout(entry.timer);
  }

  private async send(segmentId: number, entry: Entry, text: string, session: number) {
    const editId = entry.editSession === session && entry.editId !== null ? entry.editId : undefined;
    try {
      const result = await this.api.call('segments.save', { segmentId, text, editId });
      if (result.editId !== null && entry.session === session) {
        entry.editId = result.editId;
        entry.editSession = session;
      }
      this.onSaved(result);
      this.done(null);
    } catch (error) {
      // Keep the text waiting, so the next change or flush tries again; nothing typed is dropped.
      if (entry.unsent === null) {
        entry.unsent = text;
        this.pending++;
      }
      this.done(asApiError(error));
    }
  }

  private done(error: ApiError | null) {
    this.pending = Math.max(0, this.pending - 1);
    if (error) this.setStatus({ state: 'error', error });
    else if (this.pending === 0) this.setStatus({ state: 'saved', error: null });
  }

  private setStatus(status: SaverStatus) {
    this.status = status;
    this.onStatus(status);
  }

  private entry(segmentId: number): Entry {
    let entry = this.entries.get(segmentId);
    if (!entry) {
      entry = { timer: null, unsent: null, chain: Promise.resolve(), session: 0, editId: null, editSession: -1 };
      this.entries.set(segmentId, entry);
    }
    return entry;
  }
}
