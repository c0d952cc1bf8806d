// esid: sec-number.prototype.toprecision
// toPrecision and toExponential.
console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(1));
console.log((123.456).toExponential(2), (0).toExponential(), (12345).toExponential(), (-0.00015).toExponential(1));
console.log((1).toPrecision(), (1e21).toPrecision(3), (99.99).toPrecision(3));
