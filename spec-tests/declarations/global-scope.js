// esid: sec-globaldeclarationinstantiation
// Implicit globals from sloppy assignment land on globalThis.
function makeGlobal() { implicitGlobal = 'made'; }
makeGlobal();
console.log(implicitGlobal, globalThis.implicitGlobal);
globalThis.fromGlobalThis = 3;
console.log(fromGlobalThis + 1);
console.log(typeof globalThis.undefinedThing);
