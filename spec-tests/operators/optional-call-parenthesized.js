// esid: sec-optional-chaining-evaluation
// A parenthesized optional chain is a Reference: calling it keeps its this value.
const a = { b() { return this === a; }, c: { d() { return this === a.c; } }, e: null };
console.log((a?.b)(), (a?.c.d)(), (a.b)(), a?.b(), ((a?.b))(), (a?.["b"])());
const n = null;
try { (n?.b)(console.log('arg evaluated')); } catch (e) { console.log(String(e)); }
try { (a.e?.f)(); } catch (e) { console.log(String(e)); }
try { (a?.zz)(); } catch (e) { console.log(String(e)); }
