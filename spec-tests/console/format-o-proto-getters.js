// esid: host-console-format-o
// %o lists getters of user-defined prototypes as [name]: [Getter]
class P { constructor() { this.x = 1; } get double() { return 2; } m() {} }
console.log('%o', new P());
class Q extends P { get triple() { return 3; } }
console.log('%o', new Q());
console.dir(new P(), { showHidden: true });
