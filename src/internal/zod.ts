/**
 * The one import of zod in the library: every schema module imports `z` from here, so a bundler
 * that keeps one import statement per module (esbuild, tsup) emits a single `import … from 'zod'`.
 * @internal
 */
import * as z from 'zod';

export { z };
