// esid: host-console-log
// class getters live on the prototype and are not shown
class P {
  constructor() { this.x = 1; }
  get double() { return this.x * 2; }
}
console.log(new P());
