import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { provideWork } from './background/load-work';
import { backgroundWork } from './background/work';

// Firefox only: the background's database and schema work as a script of its own, which the
// event page's manifest lists before the background (wxt.config.ts). Chrome runs the same work in
// its offscreen document instead (see background/load-work.ts).
export default defineUnlistedScript({ include: ['firefox'], main: () => provideWork(backgroundWork) });
