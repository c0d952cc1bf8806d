// esid: sec-math.round
// round (half up toward +Infinity), floor, ceil, trunc and sign, including -0.
console.log(Math.round(2.5), Math.round(-2.5), Math.round(-2.6), Math.round(0.49999999999999994), Math.round(-0.4));
console.log(Math.floor(-1.5), Math.ceil(-1.5), Math.ceil(-0.5), Math.trunc(-1.9), Math.trunc(1.9));
console.log(Math.sign(-3), Math.sign(0), Math.sign(-0), Math.sign('5'), Math.sign(NaN));
console.log(Math.floor('7.9'), Math.round(null), Math.ceil(undefined), Math.fround(5.5), Math.fround(0.1));
