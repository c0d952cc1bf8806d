// esid: sec-arraysetlength
// The length of an array tracks the highest index and truncates when set.
const a = [1, 2, 3];
a[9] = 'x';
console.log(a.length, a[5], 5 in a);
a.length = 2;
console.log(a, a[9]);
a.length = 4;
console.log(a.length, 3 in a);
const b = [];
b['2'] = 'two';
b['02'] = 'not index';
console.log(b.length);
try { b.length = -1; } catch (e) { console.log(e.name, e.message); }
try { b.length = 1.5; } catch (e) { console.log(e.name, e.message); }
