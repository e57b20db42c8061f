// Build and dev-server configuration: React, the PWA (offline precache and manifest), and the
// preview server that `npm start` uses to serve the production build.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        name: 'Prozesslotse – Prozesse erfassen und Digitalisierungspotenzial bewerten',
        short_name: 'Prozesslotse',
        description: 'Offline-Werkbank der Digitallotsen: Prozesse modellieren, Schritte bewerten, Bericht erstellen.',
        lang: 'de',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,woff,woff2,ico,webmanifest}'],
        globIgnores: ['**/bpmn.svg', '**/bpmn.eot', '**/bpmn-*.svg', '**/bpmn-*.eot'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  build: { sourcemap: false, chunkSizeWarningLimit: 2000 },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
});
