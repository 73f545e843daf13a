import { z } from 'zod';

// Zod compiles fast paths with `new Function` unless told not to. Tend's extension pages forbid
// eval (CSP `script-src 'self'`), so the attempt could only be refused and reported as a policy
// violation; Firefox's review flags it too. Every module takes `z` from here rather than from
// 'zod', so the setting is made before any schema exists, whichever module loads zod first (the
// side panel loads the models only with its first write).
z.config({ jitless: true });

export { z };
