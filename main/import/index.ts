export { ENCODINGS, type Encoding } from './encodings';
export { detectEncoding, type DetectedEncoding } from './detect-encoding';
export { decodeBytes, type DecodedText } from './decode';
export { ImportError, IMPORT_ERROR_CODES, type ImportErrorCode } from './import-error';
export { ARTICLE_FORMATS, type ArticleFormat } from './file-format';
export { readArticle, readPastedText, type ArticleFile, type ArticleInput } from './read-article';
export { htmlBlocks } from './html-blocks';
export { markdownBlocks } from './markdown-blocks';
export { textBlocks } from './text-blocks';
