import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No `node:` imports here: this file sits in renderer/, where lint keeps Node out.
function folderOf(relative: string): string {
  const path = decodeURIComponent(new URL(relative, import.meta.url).pathname);
  return path.replace(/^\/([A-Za-z]:)/, '$1');
}

// Relative base: the same files are loaded from app:// in Electron and from the browser host.
export default defineConfig({
  root: folderOf('.'),
  base: './',
  plugins: [react()],
  build: {
    outDir: folderOf('../dist/renderer'),
    emptyOutDir: true,
    // Monaco's source maps alone are 40 MB; the packaged app and the browser mode do not need them.
    sourcemap: false,
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es' },
});
