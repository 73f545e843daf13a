import { CONTACTS_CODE_META } from '../utils/build/view-chunks';

/**
 * Fetch (and compile, not run) the contact list's code now, while the panel's own module still
 * loads: the files are named in the page by the build (utils/build/view-chunks.ts), and the list's
 * later import finds them loaded. A page without them (the dev server's) loads them as usual.
 */
export function preloadContactsCode(): void {
  const files = document.querySelector<HTMLMetaElement>(`meta[name="${CONTACTS_CODE_META}"]`)?.content.split(' ') ?? [];
  for (const href of files.filter(Boolean)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}
