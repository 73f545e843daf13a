/**
 * Hand a file to the browser's downloads, from memory; no downloads permission needed. A long file
 * comes as a Blob already written (an export's, from its worker): its bytes are not copied again.
 */
export function downloadFile(name: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
