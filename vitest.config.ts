import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The CLI's report imports its HTML template as text (esbuild's text loader in the CLI build);
  // the tests load it the same way.
  plugins: [
    {
      name: 'html-as-text',
      enforce: 'pre',
      transform: (code: string, id: string) =>
        id.endsWith('.html') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined,
    },
  ],
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // bin.ts only hands process.argv to main() (the child-process tests run it); page.ts runs in
      // the browser (test/browser/report.spec.ts); neither is visible to coverage in this process.
      exclude: ['src/**/*.test.ts', 'src/cli/bin.ts', 'src/cli/report/page.ts'],
    },
  },
});
