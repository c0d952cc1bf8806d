// esid: host-console-log
// own accessors defined in a constructor
class X { constructor() { Object.defineProperty(this, 'v', { get() { return 1; }, enumerable: true }); } }
console.log(new X());
