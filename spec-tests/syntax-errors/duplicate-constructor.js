// esid: sec-class-definitions-static-semantics-early-errors
// A class may have only one constructor.
console.log('never printed');
class K { constructor() {} constructor() {} }
