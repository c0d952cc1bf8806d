// esid: sec-new-operator
// new with constructor functions: prototype linkage, returned objects, new.target.
function Point(x, y) { this.x = x; this.y = y; }
Point.prototype.sum = function () { return this.x + this.y; };
const p = new Point(1, 2);
console.log(p.sum(), Object.getPrototypeOf(p) === Point.prototype, p.constructor === Point);
function ReturnsObj() { this.a = 1; return { b: 2 }; }
function ReturnsPrim() { this.a = 1; return 5; }
console.log(new ReturnsObj().b, new ReturnsObj().a, new ReturnsPrim().a);
function Target() { return new.target === Target; }
console.log(new Target() instanceof Target, Target());
function NoArgs() { this.ok = true; }
console.log(new NoArgs.prototype.constructor().ok, (new NoArgs).ok);
try { new Math.max(); } catch (e) { console.log(e.name, e.message); }
