export const IMPORT_ERROR_CODES = ['unsupported-format', 'empty', 'malformed'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** A file that cannot be read as an article. The message names the file and says why. */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly fileName: string;

  constructor(code: ImportErrorCode, fileName: string, reason: string) {
    super(`${fileName}: ${reason}`);
    this.code = code;
    this.fileName = fileName;
  }
}
