// esid: sec-math.pow
// pow, sqrt, cbrt, hypot, exp, log and friends (exact cases only).
console.log(Math.pow(2, 10), Math.pow(4, 0.5), Math.pow(NaN, 0), Math.pow(1, Infinity));
console.log(Math.sqrt(16), Math.sqrt(-1), Math.sqrt(-0), Math.cbrt(27), Math.cbrt(-8));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-5, 12));
console.log(Math.exp(0), Math.log(1), Math.log(0), Math.log(-1), Math.log2(8), Math.log10(1000), Math.log2(1024));
console.log(Math.clz32(1), Math.clz32(0), Math.clz32(-1), Math.imul(3, 4), Math.imul(0xffffffff, 5));
