import { z } from 'zod';

// Zod compiles fast paths with `new Function` unless told not to. Tend's extension pages forbid
// eval (CSP `script-src 'self'`), so the attempt could only be refused and reported as a policy
// violation; Firefox's review flags it too. Imported first by every entrypoint that validates, and
// by the model's fields, so it is set before any schema parses.
z.config({ jitless: true });
