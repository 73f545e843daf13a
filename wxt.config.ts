import { defineConfig } from 'wxt';
import { CRM_ORIGINS } from './utils/crm/services';
import { GMAIL_PAGES, LINKEDIN_PAGES, OUTLOOK_ORIGINS } from './utils/page-scripts';

// Permissions are kept to what the code uses; README.md says why each is needed.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // The top level is fixed; icons and other files copied as they are live under assets/.
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    name: 'Tend',
    description: 'Nurture B2B relationships where you already work: LinkedIn, Gmail, the articles you read.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'notifications',
      'downloads',
      'activeTab',
      'scripting',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The pages Tend's page scripts read (the background injects them after each load).
    host_permissions: [GMAIL_PAGES, LINKEDIN_PAGES],
    // A CRM only when the rep connects it; Outlook only when the rep switches it on in Settings.
    optional_host_permissions: [...Object.values(CRM_ORIGINS), ...OUTLOOK_ORIGINS],
    action: { default_title: 'Open Tend' },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+T' },
        description: 'Open Tend',
      },
      'log-touch': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Log a touch on the current contact' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'tend@tend.invalid', strict_min_version: '128.0' } } } : {}),
  }),
});
