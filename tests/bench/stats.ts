import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const median = (values: number[]) => quantile(values, 0.5);

/** Nearest-rank quantile: the value below which `q` of the samples lie. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
export const ratio = (value: number, baseline: number) => (baseline > 0 ? (value / baseline).toFixed(2) : 'n/a');
export const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** Prints a Markdown table and keeps it in bench-output/, from which the README's table is copied. */
export function report(name: string, lines: string[]): void {
  const text = `${lines.join('\n')}\n`;
  console.log(`\n${text}`);
  const dir = path.resolve('bench-output');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${name}.md`), text);
}
