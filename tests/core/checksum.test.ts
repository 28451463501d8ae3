import { describe, expect, it } from 'vitest';
import { crc16 } from '../../src/core/checksum';

describe('crc16', () => {
  it('gives the published CRC-16/GENIBUS check value for "123456789"', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0xd64e);
  });
});
