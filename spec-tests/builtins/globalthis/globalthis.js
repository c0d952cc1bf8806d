// esid: sec-globalthis
// globalThis is the global object: it exposes the built-ins and is writable.
console.log(typeof globalThis, globalThis.Array === Array, globalThis.globalThis === globalThis);
console.log(globalThis.Math === Math, globalThis.JSON === JSON, typeof globalThis.undefinedName);
globalThis.addedGlobal = 'added';
console.log(addedGlobal, 'addedGlobal' in globalThis, delete globalThis.addedGlobal, typeof addedGlobal);
const d = Object.getOwnPropertyDescriptor(globalThis, 'globalThis');
console.log(d.writable, d.enumerable, d.configurable);
console.log(globalThis.NaN, globalThis.Infinity, globalThis.undefined, typeof globalThis.parseInt);
const ud = Object.getOwnPropertyDescriptor(globalThis, 'undefined');
console.log(ud.writable, ud.configurable, Object.getOwnPropertyDescriptor(globalThis, 'Array').enumerable);
