// esid: sec-property-accessors
// Dot and bracket access, key conversion to strings, access on primitives.
const o = { 1: 'one', true: 'yes', null: 'nil', '[object Object]': 'objkey' };
console.log(o[1], o['1'], o[true], o[null], o[{}]);
console.log('abc'[1], 'abc'.length, (5).toFixed(1), true.toString());
const arr = [1, 2, 3];
console.log(arr['1'], arr[1.0], arr[-1], arr['01']);
const k = { toString() { return 'custom'; } };
const t = {};
t[k] = 'via toString';
console.log(Object.keys(t), t.custom);
try { undefined.foo; } catch (e) { console.log(e.message); }
try { null['bar']; } catch (e) { console.log(e.message); }
