// A 16-bit checksum of bytes: share codes, score codes and invitations carry one to catch a mistyped
// or cut text, and the action plan keys each workshop action by the checksum of its words.

/**
 * CRC-16/GENIBUS (polynomial 0x1021, initial and final XOR 0xFFFF): catches every error burst up
 * to 16 bits. The final XOR matters: without it, a code with a zero byte appended still checks out.
 */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc ^ 0xffff;
}
