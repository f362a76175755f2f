import { crc32Final, crc32Update } from '@foxglove/crc';

/**
 * CRC-32 (IEEE 802.3), as ZIP records it, carried across chunks: start from 0 and pass each
 * chunk's result to the next. The work is @foxglove/crc's (eight bytes a step).
 */
export function crc32(bytes: Uint8Array, previous = 0): number {
  return crc32Final(crc32Update(~previous, bytes));
}
