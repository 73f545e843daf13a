import type { Plugin } from 'vite';

// WXT runs an unlisted script through a wrapper module that initialises its runtime plugins (Tend has
// none) and logs a crash through a logger that prints nothing in a production build. Its logger and
// messages still ship: some 200 bytes gzip in the panel's first script, which every opening of the
// panel loads (issue 22's budget of 120 KB gzip at open). Without the wrapper the script runs its
// `main` as is; an error it throws still reaches the console as an uncaught one.
const WRAPPER = '\0virtual:wxt-unlisted-script-entrypoint?';

export function bareUnlistedScripts(): Plugin {
  return {
    name: 'tend:bare-unlisted-scripts',
    transform(_code, id) {
      if (!id.startsWith(WRAPPER)) return undefined;
      const script = JSON.stringify(id.slice(WRAPPER.length));
      return { code: `import definition from ${script};\nexport default definition.main();\n`, map: null };
    },
  };
}
