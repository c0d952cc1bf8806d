// esid: sec-properties-of-the-regexp-prototype-object
// What console.log shows of regexes, match results, the prototypes, and error messages.
try { (/a/g)(); } catch (e) { console.log(e.message); }
try { null.x(/a/); } catch (e) { console.log(e.message); }
console.log(`${[/a/, /b/]}`, JSON.stringify({r: /x/}), Object.keys(/a/), /a/.lastIndex);
const re = /a/g; console.log(Object.getOwnPropertyDescriptor(re, "lastIndex"));
console.log(Object.getOwnPropertyNames(RegExp.prototype));
console.log(RegExp.prototype, Object.getPrototypeOf("x".matchAll(/x/g)));
console.log("abc".replace(/(?<x>b)/, "[$<x>]"), /[\u{1F600}-\u{1F64F}]/u.test("😀"));
console.log(/(a)|b/.exec("b"), util => 1);
