// esid: sec-ordinaryset
// Writes to non-writable properties fail silently in sloppy code and throw in strict code.
const o = Object.defineProperty({}, 'fixed', { value: 'orig', enumerable: true });
function sloppyWrite() { o.fixed = 'new'; return o.fixed; }
function strictWrite() { 'use strict'; o.fixed = 'new'; return o.fixed; }
console.log(sloppyWrite());
try { strictWrite(); } catch (e) { console.log(e.name, e.message); }
const ne = Object.preventExtensions({ a: 1 });
function strictAdd() { 'use strict'; ne.b = 2; }
try { strictAdd(); } catch (e) { console.log(e.name, e.message); }
ne.b = 2;
console.log(ne.b, Object.isExtensible(ne));
