// esid: sec-let-and-const-declarations-static-semantics-early-errors
// const declarations need an initializer.
console.log('never printed');
const c;
