// esid: sec-let-and-const-declarations
// Assigning to a const binding throws TypeError; the bound object stays mutable.
const c = 1;
try { c = 2; } catch (e) { console.log(e.name, e.message); }
try { c++; } catch (e) { console.log(e.name, e.message); }
try { c += 1; } catch (e) { console.log(e.name, e.message); }
console.log(c);
const o = { n: 1 };
o.n = 2;
console.log(o.n);
for (const k of ['a', 'b']) console.log(k);
try { for (const i = 0; i < 2; i++) {} } catch (e) { console.log(e.message); }
