// What `npm run lint:electron` scans and which Electronegativity findings are known false positives for our design.
// Every exclusion names its check, where it applies and why; there is no blanket disable.

/** The privileged sources to scan (relative to the project root); test files are never shipped and are left out. */
export const scanned = {
  folders: ['electron/main'],
  files: ['electron/preload.ts', 'renderer/index.html'],
};

/** Whole checks that cannot run here. */
export const excludedChecks = [
  {
    check: 'AvailableSecurityFixesGlobalCheck',
    reason:
      "It downloads Electron's release list from GitHub on every run; the scan must work offline. Electron updates come through npm like every other dependency.",
  },
];

/**
 * Single findings that are false positives, matched by check id, file and the text of the flagged
 * line (not its number, so edits elsewhere in the file keep the match exact).
 */
export const suppressions = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/main/window.ts',
    lineIncludes: 'new BrowserWindow(mainWindowOptions(options))',
    reason:
      'The tool resolves only literal or variable options, not function calls: webPreferences come from secureWebPreferences() (contextIsolation: true), asserted by window.test.ts and main.test.ts.',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'electron/main/window.ts',
    lineIncludes: 'new BrowserWindow(mainWindowOptions(options))',
    reason:
      'Same as above: secureWebPreferences() sets sandbox: true, asserted by window.test.ts and main.test.ts.',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/main/window.ts',
    lineIncludes: 'new BrowserWindow(mainWindowOptions(options))',
    reason:
      "A middle click can only ask for a new window or a navigation: hardenWebContents() denies every setWindowOpenHandler request and every will-navigate (security.test.ts), so disabling the 'Auxclick' Blink feature adds nothing.",
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/security.ts',
    lineIncludes: 'shell.openExternal(url)',
    reason:
      'Reviewed: reached only after isAllowedExternalUrl() (https, allow-listed documentation host, no credentials or port), tested in security.test.ts.',
  },
];

/**
 * CSP evaluator remarks (directive and source) accepted for our policy. CSP_GLOBAL_CHECK findings
 * pass only when every remark the evaluator makes about the policy is in this list.
 */
export const acceptedCspFindings = [
  {
    directive: 'script-src',
    value: "'self'",
    reason:
      'The remark is "\'self\' can be problematic if you host JSONP, Angular or user uploaded files": the app:// origin serves only the built UI folder (app-protocol.ts, traversal refused in app-protocol.test.ts), no JSONP, no Angular, and response bodies are shown as text or blob: media, never as scripts.',
  },
];
