// Scanning reply QR codes: offered on every browser with a camera (BarcodeDetector or the bundled
// decoder); the camera keeps reading until Stop; a refused camera gets a clear message.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { encode } from 'uqr';
import { QrScanner, canScanQrCodes } from '../../../src/islands/workshop/QrScanner';
import { decodeQrFrame } from '../../../src/islands/workshop/qr-decode';

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
  it('is offered wherever there is a camera, with or without BarcodeDetector', () => {
    vi.stubGlobal('BarcodeDetector', undefined);
    Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia: vi.fn() }, configurable: true });
    expect(canScanQrCodes()).toBe(true);
    Object.defineProperty(navigator, 'mediaDevices', { value: undefined, configurable: true });
    expect(canScanQrCodes()).toBe(false);
  });

  it('keeps scanning code after code until closed, announcing each outcome', async () => {
    installCamera(() => Promise.resolve(stream()), [[], ['FIRST-CODE'], ['FIRST-CODE'], ['SECOND-CODE']]);
    const onCode = vi.fn((value: string) => `Outcome of ${value}.`);
    render(<QrScanner onCode={onCode} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR codes with the camera' }));
    await screen.findByRole('button', { name: 'Stop the camera' });
    await waitFor(() => {
      expect(onCode).toHaveBeenCalledWith('SECOND-CODE');
    });
    // The same code held in view is taken once; the camera stays open for the next one.
    expect(onCode.mock.calls.map((call) => call[0])).toEqual(['FIRST-CODE', 'SECOND-CODE']);
    expect(screen.getByRole('status').textContent).toBe('Scan 2: Outcome of SECOND-CODE.');
    expect(stop).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Stop the camera' }));
    expect(stop).toHaveBeenCalled();
  });

  it('says clearly when the camera is blocked', async () => {
    installCamera(() => Promise.reject(new DOMException('denied', 'NotAllowedError')), []);
    render(<QrScanner onCode={vi.fn(() => '')} />);
    fireEvent.click(screen.getByRole('button', { name: 'Scan QR codes with the camera' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /camera is blocked for this page\. Allow camera access in the browser’s site settings/,
    );
  });
});

describe('the bundled QR decoder', () => {
  /** Draws a QR code as RGBA pixels, 4 pixels a module, dark on white, as a camera frame would hold it. */
  function frameOf(text: string): { pixels: Uint8ClampedArray; size: number } {
    const { data, size: modules } = encode(text, { ecc: 'M', border: 4 });
    const scale = 4;
    const size = modules * scale;
    const pixels = new Uint8ClampedArray(size * size * 4);
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        const dark = data[Math.floor(y / scale)]?.[Math.floor(x / scale)] ?? false;
        const at = (y * size + x) * 4;
        pixels.fill(dark ? 0 : 255, at, at + 3);
        pixels[at + 3] = 255;
      }
    }
    return { pixels, size };
  }

  it('reads a reply link from a generated QR image', () => {
    const link = 'https://x.test/tools/workshop/#a=heart&join=Ab3_-9&code=AgEBCQAb3_-9Pid001ABIAAAADxpbWcg';
    const { pixels, size } = frameOf(link);
    expect(decodeQrFrame(pixels, size, size)).toBe(link);
  });

  it('finds nothing in a blank frame or a frame of the wrong size', () => {
    const blank = new Uint8ClampedArray(100 * 100 * 4).fill(255);
    expect(decodeQrFrame(blank, 100, 100)).toBeNull();
    expect(decodeQrFrame(blank, 200, 200)).toBeNull();
  });
});
