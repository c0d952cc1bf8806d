// esid: host-console-custom-inspect
// a util.inspect.custom method returning a string replaces the object
const custom = Symbol.for('nodejs.util.inspect.custom');
class Temp { constructor(c) { this.c = c; } [custom]() { return `${this.c}°C`; } }
console.log(new Temp(21));
console.log({ today: new Temp(21), list: [new Temp(1), new Temp(2)] });
console.log('%s|%o|%O', new Temp(3), new Temp(4), new Temp(5));
console.log(Temp.prototype);
