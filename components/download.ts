/**
 * Hand a file to the browser's downloads, from memory; no downloads permission needed. A long file
 * comes best as parts already made into Blobs as they were written: each was encoded then, in its
 * own task, and the file is made of them without encoding everything again in one.
 */
export function downloadFile(name: string, content: string | readonly BlobPart[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof content === 'string' ? [content] : [...content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
