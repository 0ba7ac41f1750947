import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages: the app at / and the GraphQL IDE (served by the server at GET /graphql).
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // The IDE page (GraphiQL) is large by nature; the thread page's size is reported after the build.
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: { app: resolve(import.meta.dirname, 'index.html'), ide: resolve(import.meta.dirname, 'ide.html') },
      onLog(level, log, handler) {
        // GraphiQL's react-compiler-runtime opts out of memoisation with a directive bundling drops.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: { proxy: { '/graphql': { target: 'http://localhost:3000', ws: true } } },
});
