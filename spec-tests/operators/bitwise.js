// esid: sec-binary-bitwise-operators
// & | ^ ~ << >> >>> operate on 32-bit integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5, ~-1, ~~3.7);
console.log(1 << 31, 1 << 32, -1 >> 1, -1 >>> 0, -1 >>> 28);
console.log(2 ** 32 + 5 | 0, 2 ** 31 | 0, 3.9 | 0, -3.9 | 0);
console.log('12' & 10, null | 1, undefined | 1, NaN | 0, Infinity | 0);
let x = 6; x &= 3; console.log(x);
x |= 8; console.log(x);
x ^= 1; console.log(x);
x <<= 2; console.log(x);
x >>= 1; console.log(x);
x = -16; x >>>= 28; console.log(x);
console.log(1 << -1, 256 >> 33);
