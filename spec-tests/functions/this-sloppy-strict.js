// esid: sec-ordinarycallbindthis
// this is globalThis for plain calls in sloppy mode and undefined in strict mode.
function sloppy() { return this; }
function strict() { 'use strict'; return this; }
console.log(sloppy() === globalThis, strict());
console.log(typeof sloppy.call(5), typeof strict.call(5), strict.call(5));
console.log(sloppy.call(null) === globalThis, strict.call(null));
const o = { sloppy, strict };
console.log(o.sloppy() === o, o.strict() === o);
const detached = o.strict;
console.log(detached());
console.log((0, o.strict)(), (o.strict)() === o);
