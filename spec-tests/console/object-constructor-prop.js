// esid: host-console-log
// an object with an own constructor property
function Legacy() { this.v = 1; }
console.log(new Legacy());
Legacy.prototype.constructor = undefined;
console.log(new Legacy());
