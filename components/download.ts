/** Hand a file to the browser's downloads, from memory; no downloads permission needed. */
export function downloadFile(name: string, content: string | readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The parts of a large file, built one at a time with the page handed back to the browser between
 * them, so building 50,000 rows never holds the panel for long.
 */
export async function partsOf(parts: Iterable<string>): Promise<string[]> {
  const built: string[] = [];
  for (const part of parts) {
    built.push(part);
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  }
  return built;
}
