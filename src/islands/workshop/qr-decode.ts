// Reads a QR code from one camera frame with jsQR, for browsers without BarcodeDetector (Firefox,
// Safari, most desktop Chrome). Pure JavaScript, so it needs no WebAssembly and fetches nothing: this
// module is its own chunk, loaded by a dynamic import only when the camera opens.
import jsQR from 'jsqr';

/** The text of the QR code in an RGBA frame, or null when there is none. */
export function decodeQrFrame(pixels: Uint8ClampedArray, width: number, height: number): string | null {
  if (width <= 0 || height <= 0 || pixels.length < width * height * 4) return null;
  // Projected and printed codes are dark on light; trying the inverse too costs twice the time.
  const found = jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' });
  return found && found.data !== '' ? found.data : null;
}

/** Draws the video's current frame on a small canvas and reads any QR code in it. */
export function decodeQrVideo(video: HTMLVideoElement, canvas: HTMLCanvasElement): string | null {
  const { videoWidth, videoHeight } = video;
  if (videoWidth === 0 || videoHeight === 0) return null;
  // At most 640 px on the longer side: enough for a code held up to the camera, and fast on a phone.
  const scale = Math.min(1, 640 / Math.max(videoWidth, videoHeight));
  const width = Math.round(videoWidth * scale);
  const height = Math.round(videoHeight * scale);
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(video, 0, 0, width, height);
  return decodeQrFrame(context.getImageData(0, 0, width, height).data, width, height);
}
