import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The console is served by the gateway under /console; `npm run build` writes it to dist/console.
// JSX is compiled by Vite's own transformer (React's automatic runtime); no plugin is needed for a build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // Ant Design marks its modules "use client" (for React server components); a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  logLevel: 'warn',
});
