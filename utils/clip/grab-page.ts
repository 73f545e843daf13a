// Reads a page for clipping. Injected into the tab with scripting.executeScript, so it is
// self-contained: it runs in the page, not here, and imports nothing.

export function grabPage(): { url: string; html: string } {
  return { url: location.href, html: document.documentElement.outerHTML };
}
