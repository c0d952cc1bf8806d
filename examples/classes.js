// Classes: a small shape hierarchy with super calls, getters, statics and private fields.

class Shape {
  static #count = 0;
  #id;
  constructor(name) {
    this.name = name;
    this.#id = ++Shape.#count;
  }
  get id() { return this.#id; }
  area() { return 0; }
  describe() { return `#${this.id} ${this.name} with area ${this.area().toFixed(2)}`; }
  static get created() { return Shape.#count; }
}

class Rectangle extends Shape {
  constructor(w, h) { super('rectangle'); this.w = w; this.h = h; }
  area() { return this.w * this.h; }
}

class Square extends Rectangle {
  constructor(side) { super(side, side); this.name = 'square'; }
  describe() { return super.describe() + ' (a special rectangle)'; }
}

class Circle extends Shape {
  constructor(r) { super('circle'); this.r = r; }
  area() { return Math.PI * this.r ** 2; }
}

const shapes = [new Rectangle(2, 3), new Square(4), new Circle(1), new Circle(0.5)];
for (const s of shapes) console.log(s.describe());

console.log('shapes created:', Shape.created);
console.log('squares are rectangles:', shapes[1] instanceof Rectangle, shapes[1] instanceof Shape);
console.log('circles are rectangles:', shapes[2] instanceof Rectangle);

const total = shapes.reduce((sum, s) => sum + s.area(), 0);
console.log('total area:', total.toFixed(3));

const largest = shapes.reduce((a, b) => (b.area() > a.area() ? b : a));
console.log('largest:', largest.name, largest.id);
