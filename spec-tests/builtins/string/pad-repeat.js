// esid: sec-string.prototype.padstart
// padStart, padEnd and repeat.
console.log('5'.padStart(3, '0'), '5'.padEnd(3, '*'), 'abc'.padStart(2), 'x'.padStart(6, 'ab'));
console.log(`[${'x'.padEnd(4)}]`, '7'.padStart(3, ''), 'ab'.padEnd(7, '123'));
console.log('ab'.repeat(3), `[${'x'.repeat(0)}]`, '-'.repeat(2.9));
try { 'x'.repeat(-1); } catch (e) { console.log(e.name, e.message); }
try { 'x'.repeat(Infinity); } catch (e) { console.log(e.name, e.message); }
