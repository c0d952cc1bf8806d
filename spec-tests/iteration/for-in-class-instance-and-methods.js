// esid: sec-enumerate-object-properties
// for-in sees instance fields and assigned properties, not class methods (non-enumerable).
class Shape {
  kind = 'shape';
  constructor() { this.id = 7; }
  area() { return 0; }
  static make() { return new Shape(); }
}
class Square extends Shape { side = 2; }
const sq = new Square();
sq.color = 'red';
const keys = [];
for (const k in sq) keys.push(k);
console.log(keys.join(','));
