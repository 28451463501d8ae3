// Scanning a reply QR code: offered only where BarcodeDetector exists; the camera stops after a read
// or on Stop; a refused camera gets a clear message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { QrScanner, canScanQrCodes } from '../../../src/islands/workshop/QrScanner';

const stop = vi.fn();
// A real (empty) MediaStream, as the video element insists, whose tracks can be watched stopping.
const stream = (): MediaStream =>
  Object.assign(new MediaStream(), { getTracks: () => [{ stop }] as unknown as MediaStreamTrack[] });

function installCamera(getUserMedia: () => Promise<MediaStream>, codes: string[][]) {
  let call = 0;
  class FakeDetector {
    detect() {
      const found = codes[Math.min(call, codes.length - 1)] ?? [];
      call += 1;
      return Promise.resolve(found.map((rawValue) => ({ rawValue })));
    }
  }
  vi.stubGlobal('BarcodeDetector', FakeDetector);
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true });
  vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  stop.mockClear();
});

describe('the QR scanner', () => {
  it('is not offered where the browser has no BarcodeDetector', () => {
    vi.stubGlobal('BarcodeDetector', undefined);
    expect(canScanQrCodes()).toBe(false);
  });

  it('hands over the first code it reads and stops the camera', async () => {
    installCamera(() => Promise.resolve(stream()), [[], ['https://x.test/#a=heart&join=Ab3_-9&code=ABC']]);
    expect(canScanQrCodes()).toBe(true);
    const onCode = vi.fn();
    render(<QrScanner onCode={onCode} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan a QR code with the camera' }));
    await screen.findByRole('button', { name: 'Stop the camera' });
    await waitFor(() => {
      expect(onCode).toHaveBeenCalledWith('https://x.test/#a=heart&join=Ab3_-9&code=ABC');
    });
    expect(stop).toHaveBeenCalled();
    expect(await screen.findByRole('button', { name: 'Scan a QR code with the camera' })).toBeTruthy();
  });

  it('stops the camera when asked', async () => {
    installCamera(() => Promise.resolve(stream()), [[]]);
    render(<QrScanner onCode={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan a QR code with the camera' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Stop the camera' }));
    expect(stop).toHaveBeenCalled();
  });

  it('says clearly when the camera is blocked', async () => {
    installCamera(() => Promise.reject(new DOMException('denied', 'NotAllowedError')), []);
    render(<QrScanner onCode={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan a QR code with the camera' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /camera is blocked for this page\. Allow camera access in the browser’s site settings/,
    );
  });
});
