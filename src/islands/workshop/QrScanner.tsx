// Scanning participants' QR codes with the camera, on every current browser: BarcodeDetector where
// the browser has it, otherwise a small decoder (qr-decode.ts, jsQR) fetched only when the camera
// opens. The camera keeps scanning, code after code, until the facilitator closes it; each code read
// is announced with what happened to it.
import { useEffect, useRef, useState } from 'preact/hooks';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect: (source: HTMLVideoElement) => Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

/** Reads one frame; null when no code is in view. */
type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

function detectorClass(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** True when this browser can use a camera (it is missing outside secure contexts, e.g. plain http). */
export function canScanQrCodes(): boolean {
  const devices = (navigator as { mediaDevices?: Partial<MediaDevices> }).mediaDevices;
  return typeof devices?.getUserMedia === 'function';
}

/** The browser's own detector when it reads QR codes, otherwise the bundled decoder, loaded now. */
async function frameReader(): Promise<FrameReader> {
  const Detector = detectorClass();
  if (Detector) {
    try {
      const detector = new Detector({ formats: ['qr_code'] });
      return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
    } catch {
      // Some browsers define BarcodeDetector without QR support; the decoder below covers them.
    }
  }
  const { decodeQrVideo } = await import('./qr-decode');
  const canvas = document.createElement('canvas');
  return (video) => Promise.resolve(decodeQrVideo(video, canvas));
}

function cameraProblem(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'The camera is blocked for this page. Allow camera access in the browser’s site settings and try again, or paste the codes instead.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'No camera was found on this device. Paste the codes or links instead.';
  }
  return 'The camera could not be started (another app may be using it). Paste the codes or links instead.';
}

interface Props {
  /** Adds a scanned code to the session and returns the sentence that says what happened. */
  onCode: (value: string) => string;
}

/** Opens the camera and reads QR codes one after another until closed. */
export function QrScanner({ onCode }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState('');
  const [heard, setHeard] = useState<{ count: number; message: string }>({ count: 0, message: '' });

  const stop = () => {
    stream.current?.getTracks().forEach((track) => {
      track.stop();
    });
    stream.current = null;
    setScanning(false);
  };

  useEffect(() => stop, []);

  useEffect(() => {
    const element = video.current;
    if (!scanning || !element || !stream.current) return;
    let timer = 0;
    let done = false;
    // The same code stays in view for a while: it is taken once, until another code is read.
    let last = '';
    element.srcObject = stream.current;
    void element.play().catch(() => undefined);
    const run = async () => {
      let read: FrameReader;
      try {
        read = await frameReader();
      } catch {
        if (!done) {
          setProblem(
            'The QR reader could not be loaded, probably because the connection dropped. Paste the codes instead.',
          );
          stop();
        }
        return;
      }
      const look = () => {
        read(element)
          .then((value) => {
            if (done) return;
            if (value && value !== last) {
              last = value;
              const message = onCode(value);
              setHeard((before) => ({ count: before.count + 1, message }));
            }
            timer = window.setTimeout(look, 250);
          })
          .catch(() => {
            if (!done) timer = window.setTimeout(look, 500);
          });
      };
      look();
    };
    void run();
    return () => {
      done = true;
      window.clearTimeout(timer);
    };
  }, [scanning]);

  const start = async () => {
    setProblem('');
    setHeard({ count: 0, message: '' });
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
      setScanning(true);
    } catch (error) {
      setProblem(cameraProblem(error));
    }
  };

  return (
    <div class="scanner no-print">
      {scanning ? (
        <>
          <video ref={video} class="scanner-video" muted playsInline aria-label="Camera view for scanning QR codes" />
          <p>
            Hold participants’ QR codes in front of the camera, one after another. Each code is added as it is read.
          </p>
          <button type="button" class="secondary" onClick={stop}>
            Stop the camera
          </button>
        </>
      ) : (
        <button type="button" class="secondary" onClick={() => void start()}>
          Scan QR codes with the camera
        </button>
      )}
      <p class="scanner-result" role="status">
        {heard.count > 0 ? `Scan ${heard.count}: ${heard.message}` : ''}
      </p>
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
