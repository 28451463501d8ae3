// Byte-level tools for share codes: strict base64url and a bit packer (their checksum is
// core/checksum.ts). Written here rather than using atob/btoa because those are DOM APIs and accept
// non-canonical input.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** True when every character is in the base64url alphabet (no padding). */
export function isBase64Url(text: string): boolean {
  return /^[A-Za-z0-9_-]*$/.test(text);
}

/** Encodes bytes as base64url without padding. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += ALPHABET.charAt((buffer >> bits) & 63);
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET.charAt((buffer << (6 - bits)) & 63);
  return out;
}

/**
 * Decodes canonical base64url without padding; null for a bad character, an impossible length, or
 * unused trailing bits that are not zero (so every byte string has exactly one spelling).
 */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value === -1) return null;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index] = (buffer >> bits) & 255;
      index += 1;
    }
    buffer &= (1 << bits) - 1;
  }
  return buffer === 0 ? bytes : null;
}

/** Writes unsigned values of a few bits each, most significant bit first. */
export class BitWriter {
  private readonly bytes: number[] = [];
  private bitLength = 0;

  /** Appends the low `width` bits of `value` (width up to 24). */
  write(value: number, width: number): void {
    for (let bit = width - 1; bit >= 0; bit -= 1) {
      const byteIndex = this.bitLength >> 3;
      if (byteIndex === this.bytes.length) this.bytes.push(0);
      if ((value >> bit) & 1) this.bytes[byteIndex] = (this.bytes[byteIndex] ?? 0) | (0x80 >> (this.bitLength & 7));
      this.bitLength += 1;
    }
  }

  /** Pads with zero bits up to the next byte boundary. */
  alignToByte(): void {
    this.bitLength = this.bytes.length * 8;
  }

  /** Pads to a byte boundary, then appends whole bytes. */
  writeBytes(bytes: Uint8Array): void {
    this.alignToByte();
    for (const byte of bytes) this.write(byte, 8);
  }

  /** The bytes written so far; the last byte is padded with zero bits. */
  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads values written by BitWriter; reads past the end return null. */
export class BitReader {
  private position = 0;
  private readonly bytes: Uint8Array;

  /** Starts reading `bytes` from the first bit. */
  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Reads `width` bits as an unsigned number, or null when there are not enough bits. */
  read(width: number): number | null {
    if (this.position + width > this.bytes.length * 8) return null;
    let value = 0;
    for (let bit = 0; bit < width; bit += 1) {
      const byte = this.bytes[this.position >> 3] ?? 0;
      value = (value << 1) | ((byte >> (7 - (this.position & 7))) & 1);
      this.position += 1;
    }
    return value;
  }

  /** The bit position, counted from the start. */
  get offset(): number {
    return this.position;
  }
}
