/**
 * Runs every example to completion, one after the other, each in its own Node process:
 * `npm run examples`. Exits with code 1 when any of them fails (non-zero exit, a signal, or more
 * than two minutes). Outputs go to a temporary folder that is removed afterwards.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIMEOUT_MS = 120_000;
const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'engagement-scoring-examples-'));

const examples: readonly { readonly file: string; readonly args: readonly string[] }[] = [
  { file: 'demo.ts', args: [] },
  { file: 'http-service.ts', args: ['--self-test'] },
  { file: 'score-csv.ts', args: [] },
  { file: 'worker-threads.ts', args: [] },
  { file: 'crm-hook.ts', args: [] },
];

function run(file: string, args: readonly string[]): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', here(file), ...args], {
      stdio: 'inherit',
      timeout: TIMEOUT_MS,
    });
    child.on('error', (error) => resolve(error.message));
    child.on('exit', (code, signal) =>
      resolve(code === 0 ? null : signal !== null ? `killed by ${signal}` : `exit code ${code}`),
    );
  });
}

const failures: string[] = [];
try {
  for (const { file, args } of examples) {
    const command = [`examples/${file}`, ...args].join(' ');
    console.log(`\n━━ ${command}`);
    const started = performance.now();
    const failure = await run(file, args);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (failure === null) console.log(`━━ ok: ${file} (${seconds} s)`);
    else {
      console.error(`━━ FAILED: ${file}: ${failure} (${seconds} s)`);
      failures.push(file);
    }
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n${failures.length} of ${examples.length} examples failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log(`\nall ${examples.length} examples ran to completion`);
