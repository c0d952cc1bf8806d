// esid: host-console-log
// the prefix counts toward the line length
class AVeryLongClassNameForTesting { constructor() { this.a = 'aaaaaaaaaaaaaaaaaaaa'; this.b = 'bbbbbbbbbbbbbbbbbbbb'; } }
console.log(new AVeryLongClassNameForTesting());
class S { constructor() { this.a = 'aaaaaaaaaaaaaaaaaaaa'; this.b = 'bbbbbbbbbbbbbbbbbbbb'; } }
console.log(new S());
