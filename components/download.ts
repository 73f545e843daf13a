/** Hand a file to the browser's downloads, from memory; no downloads permission needed. */
export function downloadFile(name: string, content: string | readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
