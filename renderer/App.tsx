import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './components/LanguageSwitch';
import { changeLanguage } from './i18n';
import { useApi } from './state/api-context';
import { DocumentList } from './views/DocumentList';
import { DocumentView } from './views/DocumentView';
import { GlossariesView } from './views/GlossariesView';
import { ImportDialog } from './views/ImportDialog';

/** The open document lives in the address (#/documents/7), so a reload comes back to it. */
function documentFromHash(): number | null {
  const match = /^#\/documents\/(\d+)$/.exec(location.hash);
  return match ? Number(match[1]) : null;
}

const glossariesInHash = () => location.hash === '#/glossaries';

export function App() {
  const { t } = useTranslation();
  const api = useApi();
  const [documentId, setDocumentId] = useState<number | null>(documentFromHash);
  const [glossariesOpen, setGlossariesOpen] = useState(glossariesInHash);
  const [importing, setImporting] = useState(false);
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    const onHash = () => {
      setDocumentId(documentFromHash());
      setGlossariesOpen(glossariesInHash());
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(
    () =>
      api.on('app.command', ({ command }) => {
        if (command === 'import') setImporting(true);
        if (command === 'language-en') changeLanguage('en');
        if (command === 'language-ru') changeLanguage('ru');
      }),
    [api],
  );

  const open = useCallback((id: number | null) => {
    location.hash = id === null ? '#/' : `#/documents/${id}`;
    setDocumentId(id);
    setGlossariesOpen(false);
  }, []);

  const openGlossaries = useCallback(() => {
    location.hash = '#/glossaries';
    setDocumentId(null);
    setGlossariesOpen(true);
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <a
          className="brand"
          href="#/"
          onClick={(event) => {
            event.preventDefault();
            open(null);
          }}
        >
          <span className="brand__mark" aria-hidden="true">
            {t('app.mark')}
          </span>
          <span className="brand__name">{t('app.name')}</span>
        </a>
        <nav className="app-header__nav" aria-label={t('app.navigation')}>
          <button type="button" className={`nav-button${documentId === null && !glossariesOpen ? ' is-current' : ''}`} onClick={() => open(null)} aria-current={documentId === null && !glossariesOpen ? 'page' : undefined}>
            {t('app.documents')}
          </button>
          <button type="button" className={`nav-button${glossariesOpen ? ' is-current' : ''}`} onClick={openGlossaries} aria-current={glossariesOpen ? 'page' : undefined}>
            {t('glossaries.nav')}
          </button>
        </nav>
        <div className="app-header__end">
          <button type="button" className="button button--primary" onClick={() => setImporting(true)}>
            {t('app.import')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <main className="app-main">
        {glossariesOpen ? (
          <GlossariesView />
        ) : documentId === null ? (
          <DocumentList refreshKey={listVersion} onOpen={open} onImport={() => setImporting(true)} />
        ) : (
          <DocumentView key={documentId} documentId={documentId} onBack={() => open(null)} />
        )}
      </main>
      {importing && (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(id) => {
            setImporting(false);
            setListVersion((v) => v + 1);
            open(id);
          }}
        />
      )}
    </div>
  );
}
