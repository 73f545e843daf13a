import Papa from 'papaparse';
import { yieldToTasks } from '../yield-to-page';

/**
 * Parse CSV text in slices of about `sliceBytes`, giving the event loop back between slices, so a
 * 50,000-row file never freezes the panel. Same records as a one-shot Papa.parse.
 */
export function parseCsvInSlices(text: string, sliceBytes = 256 * 1024): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const records: string[][] = [];
    Papa.parse<string[]>(text, {
      skipEmptyLines: 'greedy',
      chunkSize: sliceBytes,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const record of results.data) records.push(record);
        parser.pause();
        void yieldToTasks().then(() => parser.resume());
      },
      complete: () => resolve(records),
      error: (error: Error) => reject(error),
    });
  });
}
