import { describe, expect, it } from 'vitest';
import { escapeCsvCell, toCsv } from '../../src/core/csv';

describe('CSV', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A3)', "'=SUM(A1:A3)"],
    ['+44 20', "'+44 20"],
    ['-3', "'-3"],
    ['@cmd', "'@cmd"],
    [3.5, '3.5'],
    [-2, '-2'],
    [Number.NaN, ''],
    [null, ''],
    [undefined, ''],
    [true, 'true'],
  ] as const)('escapes %j as %j', (cell, expected) => {
    expect(escapeCsvCell(cell)).toBe(expected);
  });

  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n');
  });
});
