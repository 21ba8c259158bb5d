/** Turns documented examples into runnable checks: shared by the TSDoc and README tests. */

/** Extracts each `@example` block's code from the doc comments of one file. */
export function examplesOf(text: string): string[] {
  const blocks: string[] = [];
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    let current: string[] | undefined;
    for (const line of lines) {
      if (line.startsWith('@example')) {
        if (current) blocks.push(current.join('\n'));
        current = [];
      } else if (line.startsWith('@')) {
        if (current) blocks.push(current.join('\n'));
        current = undefined;
      } else if (current) {
        current.push(line);
      }
    }
    if (current) blocks.push(current.join('\n'));
  }
  return blocks.filter((block) => block.trim() !== '' && !block.includes('```'));
}

/** Turns `expr //=> expected` lines into assertions and package imports into a destructuring of `lib`. */
export function toRunnable(example: string): string {
  const out: string[] = [];
  let pending: string[] = [];
  let lastStatement = 0; // where the last complete statement starts in `out`
  for (const raw of example.split('\n')) {
    const line = raw.replace(/^import \{([^}]*)\} from 'engagement-scoring';$/, 'const {$1} = lib;');
    const arrow = line.indexOf('//=>');
    if (arrow >= 0) {
      let expression = [...pending, line.slice(0, arrow)].join('\n').trim();
      if (expression === '') {
        // `//=>` on a line of its own shows the result of the statement just above it.
        expression = out.splice(lastStatement).join('\n').trim();
      }
      lastStatement = out.length;
      out.push(`check(${expression.replace(/;$/, '')}, ${line.slice(arrow + 4).trim()});`);
      pending = [];
      continue;
    }
    pending.push(line);
    const code = line.replace(/\/\/.*$/, '').trimEnd();
    if (code.endsWith(';') || code.endsWith('{') || code.endsWith('}')) {
      lastStatement = out.length;
      out.push(...pending);
      pending = [];
    }
  }
  out.push(...pending);
  return out.join('\n');
}

/** Rounds numbers to 10 significant digits, deeply, so documented decimals compare equal. */
export function round(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(round);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  }
  return value;
}

export const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;
