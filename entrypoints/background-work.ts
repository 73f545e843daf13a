import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideWork } from './background/load-work';
import { backgroundWork } from './background/work';

// The background's database and schema work as a script of its own, which the background loads
// on first use (see background/load-work.ts). It is not declared in Chrome's manifest.
export default defineUnlistedScript(() => provideWork(backgroundWork));
