// Reads accueil.config.json (or the file named by ACCUEIL_CONFIG) once per build, checked against
// src/schemas/site-config.ts; a mistake stops the build naming the file and the field. Pages and
// components only: this runs in Node at build time, never in the browser.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { families, type Family } from '../schemas/playbook';
import { siteConfigSchema, type SiteConfig } from '../schemas/site-config';

/** Checks a parsed configuration, naming `file` and each field in error. */
export function parseSiteConfig(data: unknown, file: string): SiteConfig {
  const result = siteConfigSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(the file)'}: ${issue.message}`);
  throw new Error(`${file} is not a valid Accueil configuration:\n${problems.join('\n')}`);
}

/** Reads and checks a configuration file. */
export function readSiteConfig(file: string): SiteConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`${file}: the configuration file could not be read.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return parseSiteConfig(data, file);
}

let loaded: SiteConfig | undefined;

/**
 * This build's configuration: the file ACCUEIL_CONFIG names, else accueil.config.json at the top of
 * the project, else (no such file) the defaults.
 */
export function siteConfig(): SiteConfig {
  const named = process.env['ACCUEIL_CONFIG'];
  const file = resolve(named ?? 'accueil.config.json');
  loaded ??= named || existsSync(file) ? readSiteConfig(file) : parseSiteConfig({}, file);
  return loaded;
}

/**
 * A "report a problem" link for one page, to `target` (reportProblem): an issue form gets a
 * pre-filled title and body, an e-mail a subject and body; any other address is used as it is.
 * Nothing is sent until the reader sends it themselves.
 */
export function reportProblemLink(target: string, pageTitle: string, pagePath: string): string {
  const title = `Problem on "${pageTitle}"`;
  const body = `Page: ${pagePath}\n\nWhat is wrong (a fact, a figure, a quote, a play that did not work)?\n\nWhat should it say, and where did you find that?\n`;
  if (target.startsWith('mailto:')) {
    return `${target}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
  }
  const url = new URL(target);
  if (!/\/issues\/new\/?$/.test(url.pathname)) return url.href;
  url.searchParams.set('title', title);
  url.searchParams.set('body', body);
  return url.href;
}

/** What a "report a problem" link to `target` opens, said beside the link. */
export function reportProblemWhere(target: string): string {
  if (target.startsWith('mailto:')) return 'opens a pre-filled e-mail; nothing is sent unless you send it';
  if (/\/issues\/new\/?$/.test(new URL(target).pathname)) {
    return "opens a pre-filled issue on the project's issue tracker; nothing is sent unless you submit it";
  }
  return 'opens the page where you can tell us; nothing is sent from here';
}

/** The families of playbooks the site lists, in the usual order (`hideFamilies` left out). */
export function shownFamilies(): Family[] {
  return families.filter((family) => !siteConfig().hideFamilies.includes(family));
}
