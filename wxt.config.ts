import { defineConfig } from 'wxt';
import { contactsCodeMeta } from './utils/build/view-chunks';
import { CRM_ORIGINS } from './utils/crm/services';
import { GMAIL_PAGES, LINKEDIN_PAGES, OUTLOOK_ORIGINS } from './utils/page-scripts';

/** View chunks the panel loads in idle time, without preload links (see `vite` below). */
const IDLE_LOADED = /(^|\/)ContactView-[\w-]+\.js$/;

/**
 * Small modules the panel's first views share, bundled in one chunk (`view-parts`, see the hooks
 * below) instead of one chunk for each set of views that imports them. Each module file the page
 * loads costs its main thread on arrival (its response, its compile), 4-15 ms apiece on a CPU slowed
 * 4x (traced 2026-12-03): the contact list's view came in 11 files after the page's own 4, now in 3;
 * a plain opening (Welcome and Today) in 19, now 12. Only these files, not what they import (the
 * database, the schemas), which would then load with every view.
 */
const VIEW_PARTS =
  /\/components\/(ContactRow|StageBadge|labels|EmptyState|FirstSteps|ErrorLine|StatusLine|useNow)\.tsx?$|\/utils\/(compare-names|search-words|model\/vocabulary)\.ts$|\/storage\/(in-chunks|contact-reads|kept-rows-key)\.ts$/;

/**
 * React, the e-mail check and utils/yield-to-page.ts, which the panel's entry and most views import,
 * in one chunk (`shared`) instead of two the page asks for at open (the entry had written out
 * yieldToTasks rather than import it from `view-parts`, which split its chunk). Each file costs the page's main thread its request,
 * response and body tasks: traced on 2026-12-05 with the CPU slowed 4x, the contact list's nine
 * files took 94-127 ms of it before the first rows, the floor page's two 34-57 ms.
 */
const SHARED = /node_modules[\\/]react[\\/]|\/(email-address|yield-to-page)\.ts$/;

// Permissions are kept to what the code uses; README.md says why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // The top level is fixed; icons and other files copied as they are live under assets/.
  publicDir: 'assets/public',
  vite: () => ({
    plugins: [contactsCodeMeta()],
    build: {
      // One stylesheet for the whole panel, linked by its page, instead of one per view chunk that
      // Vite's preload helper appends when the view is imported. Each appended link cost the page's
      // start task 4-11 ms on a CPU slowed 4x (traced 2026-12-03), a stylesheet the most, and each
      // stylesheet that arrived restyled the page: Today's 17 preloads (3 stylesheets) were two
      // thirds of that task. All the views' styles are 12 KB; probed with the two builds taking
      // turns, 10 loads each at 50,000 contacts slowed 4x, Today showed its first item in 754 ms
      // against 1,004 (median), its start task 105 ms against 138; the contact list's first rows
      // came in 437 against 577 ms at 50,000 and 588 against 564 at 200,000 (within the spread).
      cssCodeSplit: false,
      // The contact list loads the contact view's code in idle time (ContactsView). Vite would add a
      // <link rel="modulepreload"> to the page for each of that chunk's imports, and appending them
      // held that idle task for 75-120 ms on a CPU slowed 4x: its imports are found by the import
      // itself instead (one more round trip for local files: some 40 ms when the panel opens on a
      // contact, on that CPU). Every other view keeps its preloads: Today's imports, fetched one
      // level after its chunk, came 150 ms later.
      modulePreload: {
        resolveDependencies: (file: string, deps: string[], { hostType }: { hostType: 'html' | 'js' }) =>
          hostType === 'js' && IDLE_LOADED.test(file) ? [] : deps,
      },
    },
  }),
  hooks: {
    // The offscreen document (Chrome's background work) is built on its own, not with the panel's
    // pages: in one build the two share chunks, and through the panel's chunk of small view modules
    // (which imports React and the panel's entry) the document would load and run the panel's page.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [index, group] of groups.entries()) {
        if (!Array.isArray(group) || group.length < 2) continue;
        const offscreen = group.find((entrypoint) => entrypoint.name === 'offscreen');
        if (!offscreen) continue;
        groups[index] = group.filter((entrypoint) => entrypoint !== offscreen);
        groups.push([offscreen]);
        return;
      }
    },
    // Only in the panel's build: the background's work script is one file (IIFE), which a group of
    // chunks cannot apply to. A group that leaves its modules' imports where they are needs entries
    // allowed to export more than their source does; the page's entry exports nothing anyone reads.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entrypoint) => entrypoint.name === 'sidepanel')) return;
      const output = config.build?.rolldownOptions?.output;
      if (Array.isArray(output)) throw new Error('one output expected for the side panel build');
      config.build = {
        ...config.build,
        rolldownOptions: {
          ...config.build?.rolldownOptions,
          preserveEntrySignatures: 'allow-extension',
          output: {
            ...output,
            codeSplitting: {
              groups: [
                { name: 'view-parts', test: VIEW_PARTS, includeDependenciesRecursively: false },
                { name: 'shared', test: SHARED, includeDependenciesRecursively: false },
              ],
            },
          },
        },
      };
    },
    // Firefox runs the background as an event page, which cannot import a script later: its
    // database and schema work loads first, beside it (entrypoints/background/load-work.ts).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser === 'firefox' && manifest.background && 'scripts' in manifest.background)
        manifest.background.scripts = ['background-work.js', ...(manifest.background.scripts ?? [])];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Tend',
    description: 'Nurture B2B relationships where you already work: LinkedIn, Gmail, the articles you read.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'downloads',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel', 'offscreen']),
    ],
    // The pages Tend's page scripts read (the background injects them after each load).
    host_permissions: [GMAIL_PAGES, LINKEDIN_PAGES],
    // A CRM only when the rep connects it; Outlook only when the rep switches it on in Settings.
    optional_host_permissions: [...Object.values(CRM_ORIGINS), ...OUTLOOK_ORIGINS],
    action: { default_title: 'Open Tend' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open Tend',
      },
      'log-touch': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Log a touch on the current contact' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tend@tend.invalid',
              // 140: the first ESR that reads data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing is sent anywhere by Tend itself: data leaves the browser only when the rep
              // exports a file or pushes to their own CRM account, each by their own click (README).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (Tend needs a sidebar,
            // which Android has not; the key keeps the linter's minimum versions consistent).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
