import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// The built manifest is checked after `npm run build`; the e2e stage runs after the build, so this
// file reads the build when it is there and says so when it is not.
const MANIFEST = '.output/chrome-mv3/manifest.json';

describe.runIf(existsSync(MANIFEST))('built Chrome manifest', () => {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as {
    permissions?: string[];
    host_permissions?: string[];
    optional_host_permissions?: string[];
    content_scripts?: unknown[];
    content_security_policy?: { extension_pages?: string };
  };

  it('asks for no permission beyond the ones README.md justifies', () => {
    const allowed = [
      'storage',
      'unlimitedStorage',
      'sidePanel',
      'alarms',
      'notifications',
      'downloads',
      'activeTab',
      'scripting',
      'contextMenus',
      'offscreen',
    ];
    expect((manifest.permissions ?? []).filter((permission) => !allowed.includes(permission))).toEqual([]);
  });

  it('never asks for all sites', () => {
    const hosts = [...(manifest.host_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
    expect(hosts.filter((host) => host === '<all_urls>' || host.startsWith('*://*/') || host.startsWith('https://*/'))).toEqual([]);
  });

  it('reaches HubSpot, Pipedrive and Outlook only through optional permissions, asked for at the moment of use', () => {
    expect(manifest.optional_host_permissions).toEqual([
      'https://api.hubapi.com/*',
      'https://api.pipedrive.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
      'https://outlook.live.com/*',
    ]);
    expect((manifest.host_permissions ?? []).filter((host) => /outlook|hubapi|pipedrive/.test(host))).toEqual([]);
  });

  it('reaches only LinkedIn and Gmail, where the background starts its page scripts, and declares none', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(['https://mail.google.com/mail/*', 'https://www.linkedin.com/*']);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('keeps a strict CSP with no remote or inline script', () => {
    expect(manifest.content_security_policy?.extension_pages).toBe(
      "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});

describe.runIf(existsSync(MANIFEST))('built page scripts', () => {
  it.each(['page-linkedin.js', 'page-gmail.js', 'page-outlook.js'])(
    '%s stays within its 10 KB gzip budget, and carries no validation library',
    (file) => {
      const code = readFileSync(`.output/chrome-mv3/${file}`);
      expect(gzipSync(code).length).toBeLessThanOrEqual(10 * 1024);
      // The page scripts send plain data; the background checks it with Zod.
      expect(code.toString()).not.toMatch(/ZodError|\$ZodType/);
    },
  );
});

const FIREFOX_MANIFEST = '.output/firefox-mv3/manifest.json';

describe.runIf(existsSync(FIREFOX_MANIFEST))('built Firefox manifest', () => {
  const firefox = JSON.parse(readFileSync(FIREFOX_MANIFEST, 'utf8')) as Record<string, unknown> & {
    permissions?: string[];
    optional_host_permissions?: string[];
    commands?: Record<string, unknown>;
    sidebar_action?: { default_panel?: string };
    browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
  };
  const chrome = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { optional_host_permissions?: string[] }) : null;

  it('opens Tend in the sidebar, from the toolbar button and Alt+Shift+T, and asks for no side panel', () => {
    expect(firefox.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(firefox.commands?._execute_sidebar_action).toMatchObject({ suggested_key: { default: 'Alt+Shift+T' } });
    expect(firefox.commands?._execute_action).toBeUndefined();
    expect(firefox.permissions).not.toContain('sidePanel');
  });

  it('declares that it collects no data, with a fixed id, for Firefox 140 and later', () => {
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: 'tend@tend.invalid',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('asks for the same optional hosts as in Chrome, at the moment of use', () => {
    expect(chrome).not.toBeNull();
    expect(firefox.optional_host_permissions).toEqual(chrome?.optional_host_permissions);
    expect(firefox.optional_host_permissions).toContain('https://api.hubapi.com/*');
  });
});
