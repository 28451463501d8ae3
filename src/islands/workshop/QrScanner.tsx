// Scanning a participant's QR code with the camera, where the browser has BarcodeDetector. The
// camera stops as soon as a code is read, when the person presses Stop, or when the view closes.
import { useEffect, useRef, useState } from 'preact/hooks';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect: (source: HTMLVideoElement) => Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** True when this browser can read QR codes from the camera. */
export function canScanQrCodes(): boolean {
  // mediaDevices is missing outside secure contexts (a plain-http address on a local network).
  const devices = (navigator as { mediaDevices?: Partial<MediaDevices> }).mediaDevices;
  return detectorClass() !== undefined && typeof devices?.getUserMedia === 'function';
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

/** A button that opens the camera and hands over the first QR code it reads. */
export function QrScanner({ onCode }: { onCode: (value: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState('');

  const stop = () => {
    stream.current?.getTracks().forEach((track) => {
      track.stop();
    });
    stream.current = null;
    setScanning(false);
  };

  useEffect(() => stop, []);

  useEffect(() => {
    const Detector = detectorClass();
    const element = video.current;
    if (!scanning || !Detector || !element || !stream.current) return;
    const detector = new Detector({ formats: ['qr_code'] });
    let timer = 0;
    let done = false;
    element.srcObject = stream.current;
    void element.play().catch(() => undefined);
    const look = () => {
      detector
        .detect(element)
        .then((codes) => {
          const value = codes[0]?.rawValue;
          if (done) return;
          if (value) {
            done = true;
            stop();
            onCode(value);
          } else timer = window.setTimeout(look, 250);
        })
        .catch(() => {
          if (!done) timer = window.setTimeout(look, 500);
        });
    };
    look();
    return () => {
      done = true;
      window.clearTimeout(timer);
    };
  }, [scanning]);

  const start = async () => {
    setProblem('');
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
          <video ref={video} class="scanner-video" muted playsInline aria-label="Camera view for scanning a QR code" />
          <p>Hold a participant’s QR code in front of the camera.</p>
          <button type="button" class="secondary" onClick={stop}>
            Stop the camera
          </button>
        </>
      ) : (
        <button type="button" class="secondary" onClick={() => void start()}>
          Scan a QR code with the camera
        </button>
      )}
      {problem && (
        <p class="notice" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
