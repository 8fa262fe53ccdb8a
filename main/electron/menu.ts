import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventBus } from '../events';

/** Menu items that act on the document are sent to the renderer as 'app.command' events. */
export function installMenu(bus: EventBus) {
  const command = (name: 'import' | 'export' | 'undo' | 'redo' | 'toggle-furniture' | 'language-en' | 'language-ru') => () =>
    bus.emit('app.command', { command: name });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: command('import') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: command('export') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: command('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: command('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { label: 'Show or hide page furniture', click: command('toggle-furniture') },
        { label: 'English', click: command('language-en') },
        { label: 'Русский', click: command('language-ru') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
