// esid: sec-math.max
// max/min with no arguments, NaN and -0; abs.
console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, 3, 2));
console.log(Math.max(1, NaN), Math.min('2', '10'), Math.max(-0, 0), Math.min(0, -0));
console.log(Math.abs(-5), Math.abs('-2'), Math.abs(-0), Math.abs(null), Math.abs([]), Math.abs({}));
console.log(Math.max(...[1, 5, 3]), Math.max.length, Math.min.name);
