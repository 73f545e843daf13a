import type { IndexHtmlTransformContext, Plugin } from 'vite';

// The contact list's code, named on the panel's page so its first script can fetch it at once when
// the panel opens on that list (components/early-code.ts). Loaded the usual way, that code is asked
// for only once the panel's own module has run, and its three files then arrived one task after the
// other: 55-100 ms between the end of that module and the list's first render, on a CPU slowed 4x
// (traced 2026-12-04). Other views keep loading theirs when shown: fetched on every opening, the
// list's code would cost every other view its compile.

/** The page's meta element that lists the contact list's files. */
export const CONTACTS_CODE_META = 'tend-contacts-code';
const CONTACTS_VIEW = /\/components\/views\/ContactsView\.tsx$/;

type Bundle = NonNullable<IndexHtmlTransformContext['bundle']>;
type Chunk = NonNullable<IndexHtmlTransformContext['chunk']>;

function chunkNamed(bundle: Bundle, fileName: string): Chunk | undefined {
  const output = bundle[fileName];
  return output?.type === 'chunk' ? output : undefined;
}

/** A chunk and every chunk it imports statically, by file name. */
function withImports(bundle: Bundle, root: Chunk): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = chunkNamed(bundle, file);
      if (imported) visit(imported);
    }
  };
  visit(root);
  return seen;
}

/** The contact list's files the page's entry does not load already, as absolute paths. */
export function contactsViewFiles(bundle: Bundle, entry: Chunk): string[] {
  const view = Object.values(bundle).find(
    (output): output is Chunk => output.type === 'chunk' && CONTACTS_VIEW.test(output.facadeModuleId ?? ''),
  );
  if (!view) throw new Error('the contact list has a chunk of its own (components/view-loaders.ts)');
  const loaded = withImports(bundle, entry);
  return [...withImports(bundle, view)].filter((file) => !loaded.has(file)).map((file) => `/${file}`);
}

/** Names the contact list's files in the side panel's page (see above). */
export function contactsCodeMeta(): Plugin {
  return {
    name: 'tend:contacts-code',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk, filename }) {
        if (!bundle || !chunk || !filename.endsWith('/sidepanel/index.html')) return;
        return [
          {
            tag: 'meta',
            attrs: { name: CONTACTS_CODE_META, content: contactsViewFiles(bundle, chunk).join(' ') },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}
