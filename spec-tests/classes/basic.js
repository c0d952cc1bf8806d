// esid: sec-runtime-semantics-classdefinitionevaluation
// Class constructor, methods on the prototype, non-enumerable methods, call without new.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm1() { return Math.abs(this.x) + Math.abs(this.y); }
  toString() { return `(${this.x}, ${this.y})`; }
}
const p = new Point(3, -4);
console.log(p.norm1(), String(p), `${p}`);
console.log(Object.keys(p), Object.keys(Point.prototype), typeof Point);
console.log(Object.getOwnPropertyNames(Point.prototype));
try { Point(1, 2); } catch (e) { console.log(e.name, e.message); }
class Empty {}
console.log(typeof new Empty(), Object.getPrototypeOf(new Empty()) === Empty.prototype);
console.log(Point.prototype.constructor === Point);
