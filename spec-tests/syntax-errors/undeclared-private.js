// esid: sec-class-definitions-static-semantics-early-errors
// Referencing an undeclared private name is an early error.
console.log('never printed');
class K { m() { return this.#nope; } }
