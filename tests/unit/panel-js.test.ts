import { describe, expect, it } from 'vitest';
import { builtPanelExists, contactsCodeNamed, PANEL_JS_BUDGET, panelOpenJs, panelStylesheets, preloadsOf } from '../support/panel-js';

// Issue 22's budget over the build `npm test` makes before the unit tests: what the panel loads
// when it opens, on each first view. tests/e2e/load-on-use.spec.ts checks in Chromium that this
// is all it loads.
describe.runIf(builtPanelExists())('JavaScript the built panel loads when it opens', () => {
  const built = panelOpenJs();

  it('names its modules, and follows their static imports', () => {
    expect(built.shell.files.some((file) => file.startsWith('chunks/sidepanel-'))).toBe(true);
    expect(built.views.length).toBeGreaterThan(3);
    for (const view of built.views) expect(view.files.length).toBeGreaterThan(built.shell.files.length);
  });

  it.each(built.views.map((entry) => [entry.view, entry.gzip] as const))('%s stays within 120 KB gzip (%d bytes)', (_view, gzip) => {
    expect(gzip).toBeLessThanOrEqual(PANEL_JS_BUDGET);
  });

  // wxt.config.ts (VIEW_PARTS): each file costs the page's main thread as it arrives; the contact
  // list's view came in 11 after the page's own, the plain opening in 19.
  it.each([
    ['contacts', 3],
    ['plain opening', 12],
  ] as const)('%s comes in at most %d files after the page’s own', (name, most) => {
    const view = built.views.find((entry) => entry.view === name);
    if (!view) throw new Error(`no first view named ${name}`);
    expect(view.files.filter((file) => !built.shell.files.includes(file)).length).toBeLessThanOrEqual(most);
  });

  // utils/build/view-chunks.ts: opened on the contact list, the page's first script fetches these
  // while the page's own module loads. One missing would load late; one too many, for nothing.
  it("names in the page exactly the contact list's files the page's own do not load", () => {
    const contacts = built.views.find((entry) => entry.view === 'contacts');
    const expected = contacts?.files.filter((file) => !built.shell.files.includes(file)) ?? [];
    expect(expected.some((file) => file.startsWith('chunks/ContactsView-'))).toBe(true);
    expect(contactsCodeNamed().sort()).toEqual(expected.sort());
  });
});

// wxt.config.ts: the contact view's code loads in idle time from the contact list, and preload links
// for its imports held that idle task; the views the panel opens on keep theirs. Every view's styles
// come with the page's one stylesheet: a stylesheet appended as a view loads held the page's start.
describe.runIf(builtPanelExists())('preload links the built panel adds for a view', () => {
  it('adds none when it loads the contact view', () => {
    expect(preloadsOf('ContactView')).toEqual([]);
  });

  it.each(['TodayView', 'ContactsView', 'PageView'])('preloads the modules %s imports, and no stylesheet', (view) => {
    const preloads = preloadsOf(view);
    expect(preloads.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(2);
    expect(preloads.filter((file) => !file.endsWith('.js'))).toEqual([]);
  });

  it('links one stylesheet from the page, holding the styles of every view', () => {
    const stylesheets = panelStylesheets();
    expect(stylesheets).toHaveLength(1);
    const css = stylesheets[0] ?? '';
    // A rule of the shell's (App.css), of a view loaded later (HingeView.css), of a component (StageBadge.css).
    for (const selector of ['.app-main', '.hinges', '.stage-sales-ready']) expect(css).toContain(selector);
  });
});
