import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApi } from './api';
import { App } from './App';
import { setupI18n } from './i18n';
import { ApiProvider } from './state/api-context';
import './styles.css';

const i18n = setupI18n();
const api = createApi();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
