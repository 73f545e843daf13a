import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { preloadContactsCode } from '../components/early-code';
import { readFirstBlockEarly } from '../storage/first-block';
import { opensContactList } from '../utils/route';

// The side panel's first script: a classic script its page runs as soon as it is parsed, before the
// panel's modules arrive (entrypoints/sidepanel/index.html). Opened on the contact list, it hands
// over the rows the list showed last, starts reading its first rows and fetching its code then.
export default defineUnlistedScript(() => {
  if (!opensContactList(window.location.hash)) return;
  readFirstBlockEarly();
  preloadContactsCode();
});
