// esid: host-console-log
// class instances print as ClassName { fields }
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2));
class Empty {}
console.log(new Empty());
console.log([new Point(0, 0), new Empty()]);
