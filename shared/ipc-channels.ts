// The two Electron IPC channels, named once for the preload and the main-side transport.
export const INVOKE_CHANNEL = 'sverka:invoke';
export const EVENT_CHANNEL = 'sverka:event';
