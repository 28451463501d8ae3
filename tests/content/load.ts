// Reads the content folder straight from disk for the content tests (no Astro needed).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export const contentDir = join(import.meta.dirname, '../../content');

export interface ContentFile {
  /** Path relative to content/, e.g. `playbooks/traits/accessible.mdx`. */
  path: string;
  /** Parsed YAML front matter. */
  data: Record<string, unknown>;
  /** The MDX body after the front matter. */
  body: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Splits an MDX file into its front matter and body. */
export function readMdx(file: string): ContentFile {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file} has no front matter`);
  return { path: relative(contentDir, file), data: parse(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** Every .mdx file under content/ (playbooks, family overviews, pages). */
export function allMdx(): ContentFile[] {
  return walk(contentDir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map(readMdx);
}

/** Only the playbooks. */
export function playbooks(): ContentFile[] {
  return allMdx().filter((file) => file.path.startsWith('playbooks/'));
}

/** Parses a YAML file under content/. */
export function readYaml(name: string): unknown {
  return parse(readFileSync(join(contentDir, name), 'utf8'));
}

/** Every string value inside a parsed YAML value, depth first. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The readable prose of an MDX body: no JSX tags, import lines, heading marks or link targets. */
export function proseOf(body: string): string {
  return body
    .replace(/^import .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>[\]]/g, ' ');
}

/** Removes quoted passages (“…” or "…") so quotations, which are allowed, are not checked as prose. */
export function withoutQuotations(text: string): string {
  return text.replace(/“[^”]*”/g, ' ').replace(/"[^"\n]*"/g, ' ');
}

/** Quoted passages in a text. */
export function quotationsIn(text: string): string[] {
  return [...text.matchAll(/“([^”]*)”/g)].map((m) => m[1] ?? '');
}
