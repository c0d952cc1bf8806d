// esid: sec-number.prototype.tostring
// Number.prototype.toString with a radix.
console.log((255).toString(16), (255).toString(2), (255).toString(8), (35).toString(36));
console.log((-255).toString(16), (0).toString(2), (3.5).toString(2), (0.5).toString(16));
console.log((2 ** 53).toString(32), NaN.toString(2), (-Infinity).toString(16));
try { (1).toString(1); } catch (e) { console.log(e.name, e.message); }
try { (1).toString(37); } catch (e) { console.log(e.name, e.message); }
console.log((10).toString(undefined), Number.prototype.toString.call(7, 7));
