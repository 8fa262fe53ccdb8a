// Each article format's file extension, MIME type and, for the text formats, its writer. DOCX is
// written on the Node side (main/export/docx.ts): the docx package builds a zip.
import { articleHtml } from './html';
import { articleMarkdown } from './markdown';
import { articleText } from './plain-text';
import { changeReport } from './report';
import type { ReportLang } from './report-i18n';
import { tmx } from './tmx';
import type { ArticleFormat, ExportDocument, ExportOptions } from './types';
import { xliff12 } from './xliff12';
import { xliff2 } from './xliff2';

export interface FormatInfo {
  /** Appended to the file name, dot included; the two XLIFF versions differ so both can sit side by side. */
  extension: string;
  mime: string;
}

export const FORMAT_INFO: Record<ArticleFormat, FormatInfo> = {
  txt: { extension: '.txt', mime: 'text/plain; charset=utf-8' },
  md: { extension: '.md', mime: 'text/markdown; charset=utf-8' },
  html: { extension: '.html', mime: 'text/html; charset=utf-8' },
  docx: { extension: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xliff: { extension: '.xlf', mime: 'application/xliff+xml' },
  xliff12: { extension: '.xliff12.xlf', mime: 'application/xliff+xml' },
  tmx: { extension: '.tmx', mime: 'application/x-tmx+xml' },
  report: { extension: '.report.html', mime: 'text/html; charset=utf-8' },
};

export type TextFormat = Exclude<ArticleFormat, 'docx'>;

export function renderText(format: TextFormat, doc: ExportDocument, options: ExportOptions, lang: ReportLang): string {
  switch (format) {
    case 'txt':
      return articleText(doc, options);
    case 'md':
      return articleMarkdown(doc, options);
    case 'html':
      return articleHtml(doc, options);
    case 'xliff':
      return xliff2(doc);
    case 'xliff12':
      return xliff12(doc);
    case 'tmx':
      return tmx(doc);
    case 'report':
      return changeReport(doc, lang);
  }
}
