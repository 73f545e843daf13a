import { defineConfig } from 'wxt';

// Permissions are kept to what the code uses; README.md says why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Tend',
    description: 'Nurture B2B relationships where you already work: LinkedIn, Gmail, the articles you read.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Open Tend' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'tend@tend.invalid', strict_min_version: '128.0' } } } : {}),
  }),
});
