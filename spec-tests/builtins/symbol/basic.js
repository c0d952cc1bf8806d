// esid: sec-symbol-objects
// Symbols are unique; description; toString; no implicit string conversion.
const a = Symbol('tag'), b = Symbol('tag');
console.log(a === b, typeof a, a.description, a.toString(), String(a));
console.log(Symbol().description, Symbol().toString(), Symbol('').description === '');
try { a + ''; } catch (e) { console.log(e.name, e.message); }
try { +a; } catch (e) { console.log(e.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.name, e.message); }
console.log(Object(a) instanceof Symbol, typeof Object(a), Object(a).valueOf() === a);
