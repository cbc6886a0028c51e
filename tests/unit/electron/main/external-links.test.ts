import { describe, expect, it, vi } from 'vitest';
import { isAllowedExternalUrl, openExternalSafely } from '../../../../electron/main/external-links';

describe('isAllowedExternalUrl', () => {
  it.each([
    'mailto:jane.doe@example.com',
    'mailto:jos%C3%A9@example.com?subject=Thank%20you&body=Dear%20Jos%C3%A9',
    'https://www.linkedin.com/in/jane-doe',
    'https://example.com/careers?id=12#apply',
    'HTTPS://EXAMPLE.COM/',
  ])('allows %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(document.cookie)'],
    ['file:///etc/passwd'],
    ['file://server/share/payload.exe'],
    ['smb://attacker.example/share'],
    ['http://example.com/'],
    ['ftp://example.com/'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['https://accounts.google.com@evil.example/'],
    ['https://user:pass@example.com/'],
    ['https://xn--pple-43d.com/'],
    ['https://аpple.com/'],
    ['https://127.0.0.1/'],
    ['https://[::1]/'],
    ['https://localhost/'],
    ['mailto:'],
    [''],
    ['not a url'],
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it.each([[null], [undefined], [42], [{ toString: () => 'https://example.com' }], [['https://example.com']]])('refuses a non-string %s', (value) => {
    expect(isAllowedExternalUrl(value)).toBe(false);
  });
});

describe('openExternalSafely', () => {
  it('opens only what the gate allows', async () => {
    const open = vi.fn(async () => {});
    expect(await openExternalSafely('file:///etc/passwd', open)).toBe(false);
    expect(open).not.toHaveBeenCalled();
    expect(await openExternalSafely('mailto:a@example.com', open)).toBe(true);
    expect(open).toHaveBeenCalledWith('mailto:a@example.com');
  });
});
