import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, resolveAssetPath } from '../../../../electron/main/app-protocol';

const root = path.resolve('/opt/afterword/renderer');

describe('resolveAssetPath', () => {
  it.each([
    ['app://afterword/index.html', path.join(root, 'index.html')],
    ['app://afterword/', path.join(root, 'index.html')],
    ['app://afterword/assets/index-abc.js', path.join(root, 'assets/index-abc.js')],
    ['app://afterword/assets/a%20b.css', path.join(root, 'assets/a b.css')],
  ])('maps %s inside the renderer folder', (url, file) => {
    expect(resolveAssetPath(root, url)).toBe(file);
  });

  it.each(['app://afterword/../../etc/passwd', 'app://afterword/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the renderer folder (the URL parser folds the dots)',
    (url) => {
      expect(resolveAssetPath(root, url)).toBe(path.join(root, 'etc/passwd'));
    },
  );

  it.each([
    'app://afterword/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://afterword/..%2f..%2fetc%2fpasswd',
    'app://afterword/%00index.html',
    'app://evil/index.html',
    'https://afterword/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAssetPath(root, url)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('knows the app from everything else', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://afterword.evil.example/')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });
});
