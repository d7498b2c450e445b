import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, FakeWebContents, resetFake, session } from '../../test/fake-electron';
import { hardenSession, hardenWebContents, isAllowedExternalUrl } from './security';

vi.mock('electron', () => import('../../test/fake-electron'));

beforeEach(() => resetFake());

describe('hardenWebContents', () => {
  it('denies every navigation and sends only allow-listed https doc links to the system browser', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    for (const url of [
      'https://evil.example/',
      'http://docs.aws.amazon.com/x',
      'https://docs.aws.amazon.com/polly/',
    ]) {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(fake.openedExternally).toEqual(['https://docs.aws.amazon.com/polly/']);
  });

  it('denies window.open whatever the URL', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    expect(contents.windowOpenHandler?.({ url: 'app://studio/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://docs.mendix.com/refguide/' })).toEqual({
      action: 'deny',
    });
    expect(fake.openedExternally).toEqual(['https://docs.mendix.com/refguide/']);
  });

  it('refuses webviews', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents as never);
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('isAllowedExternalUrl', () => {
  it('accepts https to an allowed host only', () => {
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com/IAM/')).toBe(true);
    expect(isAllowedExternalUrl('https://docs.aws.amazon.com.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@github.com/')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    hardenSession(session.defaultSession as never);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn();
      fake.permissionRequestHandler?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(fake.permissionCheckHandler?.({}, permission)).toBe(false);
    }
  });
});
