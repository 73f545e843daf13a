import { readFileSync } from 'node:fs';
import path from 'node:path';

export function fixture(relative: string): string {
  return readFileSync(path.resolve('tests/fixtures', relative), 'utf8');
}

/**
 * A document parsed from saved HTML, as the content script would see it (scripts never run).
 * Declarative shadow roots (`<template shadowrootmode="open">`, how a saved page keeps LinkedIn's
 * overlay outlet) are attached as the browser's parser attaches them; happy-dom's parser does not.
 */
export function documentOf(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const template of [...doc.querySelectorAll('template[shadowrootmode]')].reverse()) {
    const host = template.parentElement;
    if (!host || host.shadowRoot || !(template instanceof HTMLTemplateElement)) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const root = host.attachShadow({ mode });
    root.append(template.content.cloneNode(true));
    template.remove();
  }
  return doc;
}
