// Registers the service worker that vite-plugin-pwa generates, so the app loads offline after the
// first visit. Updates are taken over automatically (registerType autoUpdate).
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  registerSW({ immediate: true });
}
