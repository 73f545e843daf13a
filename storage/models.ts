import { Dexie } from 'dexie';
import type * as Schemas from '../utils/model/models';

// The Zod models load with the first write, not with the side panel: its first views only read,
// and Zod would be a fifth of the JavaScript they load (issue 22). A write awaits loadModels()
// before it opens a transaction (awaiting a module load inside one would let it commit early);
// its synchronous steps then take the schemas from models().

type Models = typeof Schemas;
let loaded: Models | undefined;

export async function loadModels(): Promise<Models> {
  // Fail loudly where a transaction would otherwise commit under the write and fail it obscurely.
  if (!loaded && Dexie.currentTransaction) throw new Error('Tend: load the models before opening a transaction that writes');
  loaded ??= await import('../utils/model/models');
  return loaded;
}

export function models(): Models {
  if (!loaded) throw new Error('Tend: the models are not loaded yet (a write must await loadModels() first)');
  return loaded;
}
