import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and is built to dist/web, which the Trellis server serves at /.
// In development, Vite serves it with hot reload and forwards /api to the API server.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.TRELLIS_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
