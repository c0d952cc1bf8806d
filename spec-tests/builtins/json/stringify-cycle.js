// esid: sec-serializejsonobject
// Cyclic structures throw TypeError; repeated non-cyclic references are fine.
const shared = { s: 1 };
console.log(JSON.stringify({ a: shared, b: shared }));
const cyc = { name: 'c' };
cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.name, e.message.split('\n')[0]); }
const arr = [];
arr.push(arr);
try { JSON.stringify(arr); } catch (e) { console.log(e.name); }
