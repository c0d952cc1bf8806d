// esid: sec-number.prototype.tofixed
// toFixed rounds using the exact binary value and pads with zeros.
console.log((1.005).toFixed(2), (1.255).toFixed(2), (2.5).toFixed(0), (-2.5).toFixed(0), (0.5).toFixed(0));
console.log((123.456).toFixed(1), (0).toFixed(2), (-0).toFixed(1), (1e21).toFixed(2), (1.45).toFixed(1));
console.log((0.000001).toFixed(7), (12345.6789).toFixed(), (1.23e-10).toFixed(3), (-1.5).toFixed(0));
try { (1).toFixed(101); } catch (e) { console.log(e.name, e.message); }
console.log(NaN.toFixed(2), (1000000000000000128).toFixed(0));
