// esid: sec-value-properties-of-the-math-object
// Math constants and exact trigonometric values.
console.log(Math.PI, Math.E, Math.SQRT2, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT1_2);
console.log(Math.sin(0), Math.cos(0), Math.tan(0), Math.atan2(0, -1) === Math.PI, Math.atan(Infinity) === Math.PI / 2);
console.log(Math.asin(1) === Math.PI / 2, Math.acos(1), Math.sin(-0));
console.log(typeof Math.random(), Math.random() < 1 && Math.random() >= 0);
console.log(Object.prototype.toString.call(Math), typeof Math);
