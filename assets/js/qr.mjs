// A small QR code encoder (ISO/IEC 18004), byte mode only, for the link
// that moves a voucher to another device. It runs in the browser because
// the link holds the voucher, which the server must never see: the server
// cannot draw this QR code for us. The structure follows Project Nayuki's
// reference encoder (MIT licence); tests/api/js.rs checks every module
// against the `qrcode` crate the server uses for HR's slips.

/** Error correction levels and their two format bits. */
const LEVELS = { L: 1, M: 0 };

// Per version 1..40 (index 0 unused): error correction codewords per block,
// and the number of blocks, for levels L and M.
const ECC_PER_BLOCK = {
  L: [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
  M: [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
};
const BLOCKS = {
  L: [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
  M: [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
};

const MASKS = [
  (x, y) => (x + y) % 2 === 0,
  (x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

const bit = (value, i) => ((value >>> i) & 1) !== 0;

/** Modules that carry data (not finder, timing, alignment, format or version). */
function rawDataModules(version) {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

function dataCodewords(version, level) {
  return Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[level][version] * BLOCKS[level][version];
}

function alignmentPositions(version, size) {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = Math.floor((version * 8 + count * 3 + 5) / (count * 4 - 4)) * 2;
  const positions = [6];
  for (let pos = size - 7; positions.length < count; pos -= step) positions.splice(1, 0, pos);
  return positions;
}

// Reed-Solomon over GF(256) with the polynomial x^8 + x^4 + x^3 + x^2 + 1.
function gfMultiply(x, y) {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

function rsDivisor(degree) {
  const result = new Array(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j], root);
      if (j + 1 < degree) result[j] ^= result[j + 1];
    }
    root = gfMultiply(root, 0x02);
  }
  return result;
}

function rsRemainder(data, divisor) {
  const result = divisor.map(() => 0);
  for (const b of data) {
    const factor = b ^ result.shift();
    result.push(0);
    divisor.forEach((coef, i) => (result[i] ^= gfMultiply(coef, factor)));
  }
  return result;
}

/** The byte-mode bit stream, terminated and padded to the version's capacity. */
function dataBytes(bytes, version, level) {
  const capacity = dataCodewords(version, level);
  const bits = [];
  const push = (value, length) => {
    for (let i = length - 1; i >= 0; i--) bits.push(bit(value, i) ? 1 : 0);
  };
  push(0b0100, 4);
  push(bytes.length, version <= 9 ? 8 : 16);
  bytes.forEach((b) => push(b, 8));
  push(0, Math.min(4, capacity * 8 - bits.length));
  push(0, (8 - (bits.length % 8)) % 8);
  const result = [];
  for (let i = 0; i < bits.length; i += 8) result.push(parseInt(bits.slice(i, i + 8).join(""), 2));
  for (let pad = 0xec; result.length < capacity; pad ^= 0xec ^ 0x11) result.push(pad);
  return result;
}

/** Splits into blocks, adds each block's error correction, interleaves. */
function withErrorCorrection(data, version, level) {
  const blockCount = BLOCKS[level][version];
  const eccLength = ECC_PER_BLOCK[level][version];
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blockCount - (raw % blockCount);
  const shortLength = Math.floor(raw / blockCount);
  const divisor = rsDivisor(eccLength);
  const blocks = [];
  for (let i = 0, k = 0; i < blockCount; i++) {
    const dataLength = shortLength - eccLength + (i < shortBlocks ? 0 : 1);
    const part = data.slice(k, k + dataLength);
    k += dataLength;
    const block = [...part, ...rsRemainder(part, divisor)];
    if (i < shortBlocks) block.splice(dataLength, 0, null); // aligns the short blocks' ecc
    blocks.push(block);
  }
  const result = [];
  for (let i = 0; i < blocks[0].length; i++) {
    for (const block of blocks) if (block[i] !== null) result.push(block[i]);
  }
  return result;
}

class Grid {
  constructor(version) {
    this.version = version;
    this.size = version * 4 + 17;
    this.dark = Array.from({ length: this.size }, () => new Array(this.size).fill(false));
    this.fixed = Array.from({ length: this.size }, () => new Array(this.size).fill(false));
  }

  set(x, y, dark) {
    this.dark[y][x] = dark;
    this.fixed[y][x] = true;
  }

  drawFunctionPatterns() {
    const size = this.size;
    for (let i = 0; i < size; i++) {
      this.set(6, i, i % 2 === 0);
      this.set(i, 6, i % 2 === 0);
    }
    for (const [cx, cy] of [[3, 3], [size - 4, 3], [3, size - 4]]) {
      for (let dy = -4; dy <= 4; dy++) {
        for (let dx = -4; dx <= 4; dx++) {
          const distance = Math.max(Math.abs(dx), Math.abs(dy));
          const x = cx + dx;
          const y = cy + dy;
          if (x >= 0 && x < size && y >= 0 && y < size) this.set(x, y, distance !== 2 && distance !== 4);
        }
      }
    }
    const positions = alignmentPositions(this.version, size);
    const last = positions.length - 1;
    positions.forEach((cx, i) =>
      positions.forEach((cy, j) => {
        if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
        for (let dy = -2; dy <= 2; dy++) {
          for (let dx = -2; dx <= 2; dx++) this.set(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
        }
      }),
    );
    this.drawFormat("L", 0); // reserves the area; drawn again with the real mask
    if (this.version >= 7) {
      let rem = this.version;
      for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
      const bits = (this.version << 12) | rem;
      for (let i = 0; i < 18; i++) {
        const a = size - 11 + (i % 3);
        const b = Math.floor(i / 3);
        this.set(a, b, bit(bits, i));
        this.set(b, a, bit(bits, i));
      }
    }
  }

  drawFormat(level, mask) {
    const data = (LEVELS[level] << 3) | mask;
    let rem = data;
    for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
    const bits = ((data << 10) | rem) ^ 0x5412;
    const size = this.size;
    for (let i = 0; i <= 5; i++) this.set(8, i, bit(bits, i));
    this.set(8, 7, bit(bits, 6));
    this.set(8, 8, bit(bits, 7));
    this.set(7, 8, bit(bits, 8));
    for (let i = 9; i < 15; i++) this.set(14 - i, 8, bit(bits, i));
    for (let i = 0; i < 8; i++) this.set(size - 1 - i, 8, bit(bits, i));
    for (let i = 8; i < 15; i++) this.set(8, size - 15 + i, bit(bits, i));
    this.set(8, size - 8, true);
  }

  /** Places the codewords in the zigzag order, two columns at a time. */
  drawCodewords(codewords) {
    const size = this.size;
    let i = 0;
    for (let right = size - 1; right >= 1; right -= 2) {
      if (right === 6) right = 5;
      for (let vert = 0; vert < size; vert++) {
        for (let j = 0; j < 2; j++) {
          const x = right - j;
          const upward = ((right + 1) & 2) === 0;
          const y = upward ? size - 1 - vert : vert;
          if (!this.fixed[y][x] && i < codewords.length * 8) {
            this.dark[y][x] = bit(codewords[i >>> 3], 7 - (i & 7));
            i++;
          }
        }
      }
    }
  }

  /** XORs the mask over the data modules; applying it twice undoes it. */
  applyMask(mask) {
    const rule = MASKS[mask];
    for (let y = 0; y < this.size; y++) {
      for (let x = 0; x < this.size; x++) {
        if (!this.fixed[y][x] && rule(x, y)) this.dark[y][x] = !this.dark[y][x];
      }
    }
  }
}

/** The standard's penalty score (lower is easier to scan). */
export function penalty(dark) {
  const size = dark.length;
  const at = (x, y, vertical) => (vertical ? dark[x][y] : dark[y][x]);
  let score = 0;
  let darkCount = 0;
  for (const vertical of [false, true]) {
    for (let y = 0; y < size; y++) {
      let run = 1;
      let line = "";
      for (let x = 0; x < size; x++) {
        const here = at(x, y, vertical);
        line += here ? "1" : "0";
        if (x > 0 && here === at(x - 1, y, vertical)) run++;
        else run = 1;
        if (run === 5) score += 3;
        else if (run > 5) score += 1;
      }
      const padded = `0000${line}0000`;
      for (const finder of ["10111010000", "00001011101"]) {
        for (let k = padded.indexOf(finder); k >= 0; k = padded.indexOf(finder, k + 1)) score += 40;
      }
    }
  }
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (dark[y][x]) darkCount++;
      if (x + 1 < size && y + 1 < size) {
        const c = dark[y][x];
        if (c === dark[y][x + 1] && c === dark[y + 1][x] && c === dark[y + 1][x + 1]) score += 3;
      }
    }
  }
  const total = size * size;
  score += (Math.ceil(Math.abs(darkCount * 20 - total * 10) / total) - 1) * 10;
  return score;
}

/**
 * The QR code of `text` (UTF-8, byte mode): the smallest version that holds
 * it at `level`, unless `version` is given, and the mask with the lowest
 * penalty unless `mask` is given. Returns {version, mask, size, dark} with
 * dark[y][x] true for a dark module.
 */
export function qrCode(text, { level = "L", version, mask } = {}) {
  if (!(level in LEVELS)) throw new RangeError(`unknown level ${level}`);
  const bytes = [...new TextEncoder().encode(text)];
  const fits = (v) => 4 + (v <= 9 ? 8 : 16) + bytes.length * 8 <= dataCodewords(v, level) * 8;
  let chosen = version;
  if (chosen === undefined) {
    chosen = 1;
    while (chosen <= 40 && !fits(chosen)) chosen++;
  }
  if (!(chosen >= 1 && chosen <= 40) || !fits(chosen)) throw new RangeError("too long for a QR code");
  const grid = new Grid(chosen);
  grid.drawFunctionPatterns();
  grid.drawCodewords(withErrorCorrection(dataBytes(bytes, chosen, level), chosen, level));
  let best = mask;
  if (best === undefined) {
    let lowest = Infinity;
    for (let m = 0; m < 8; m++) {
      grid.applyMask(m);
      grid.drawFormat(level, m);
      const score = penalty(grid.dark);
      if (score < lowest) [lowest, best] = [score, m];
      grid.applyMask(m);
    }
  }
  grid.applyMask(best);
  grid.drawFormat(level, best);
  return { version: chosen, mask: best, size: grid.size, dark: grid.dark };
}

/**
 * SVG path data for the dark modules, one rectangle per horizontal run,
 * offset by a quiet zone of `border` modules.
 */
export function qrPath({ dark }, border = 4) {
  const parts = [];
  dark.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < row.length && row[end + 1]) end++;
      parts.push(`M${x + border} ${y + border}h${end - x + 1}v1h${x - end - 1}z`);
      x = end;
    }
  });
  return parts.join("");
}
