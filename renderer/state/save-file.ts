import type { Output } from '../../shared/contract';
import type { Api } from '../api';

/** A file the server made for the user: an export, a glossary in an exchange format. */
export type FileOut = Output<'export.document'>;

export type SaveOutcome =
  /** Browser mode: handed to the browser as a download. */
  | { kind: 'downloaded'; fileName: string }
  /** Desktop: written where the user chose in the system's save dialog. */
  | { kind: 'saved'; fileName: string; path: string }
  /** Desktop: the user closed the save dialog. */
  | { kind: 'cancelled'; fileName: string };

/** The shell never changes while the page lives, so it is asked once per API client. */
const shells = new WeakMap<Api, Promise<Output<'app.info'>['shell']>>();

function shellOf(api: Api) {
  let shell = shells.get(api);
  if (!shell) {
    shell = api.call('app.info', {}).then((info) => info.shell);
    // A failed question is asked again next time rather than remembered.
    shell.catch(() => shells.delete(api));
    shells.set(api, shell);
  }
  return shell;
}

export function fileBytes(file: Pick<FileOut, 'encoding' | 'data'>): Uint8Array<ArrayBuffer> {
  if (file.encoding === 'utf-8') return new TextEncoder().encode(file.data);
  const binary = atob(file.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The browser's own download: a Blob URL behind a link with a download name, released afterwards. */
function download(file: FileOut) {
  const url = URL.createObjectURL(new Blob([fileBytes(file)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click has been handled; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/**
 * Puts a file where the user wants it: the system's save dialog in the desktop app
 * (`files.save`), a download in a browser. Both export dialogs go through here.
 */
export async function saveFile(api: Api, file: FileOut): Promise<SaveOutcome> {
  if ((await shellOf(api)) === 'electron') {
    const { path } = await api.call('files.save', file);
    return path === null ? { kind: 'cancelled', fileName: file.fileName } : { kind: 'saved', fileName: file.fileName, path };
  }
  download(file);
  return { kind: 'downloaded', fileName: file.fileName };
}
