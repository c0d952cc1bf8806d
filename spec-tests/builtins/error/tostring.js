// esid: sec-error.prototype.tostring
// Error.prototype.toString combines name and message, omitting empty parts.
const ts = Error.prototype.toString;
console.log(ts.call({ name: 'N', message: 'M' }), ts.call({ name: 'N' }), ts.call({ message: 'M' }));
console.log(ts.call({ name: '', message: 'only msg' }), ts.call({ name: 'only name', message: '' }), `[${ts.call({ name: '', message: '' })}]`);
const e = new TypeError('bad');
e.name = 'Custom';
console.log(String(e), `${e}`, e + '');
try { ts.call(1); } catch (err) { console.log(err.name, err.message); }
