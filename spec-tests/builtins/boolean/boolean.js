// esid: sec-boolean-objects
// Boolean conversion (ToBoolean) and Boolean objects.
console.log([0, -0, NaN, '', null, undefined, false].map(Boolean).join(' '));
console.log([1, -1, 'false', '0', ' ', [], {}, () => {}, Infinity, Symbol()].map(Boolean).join(' '));
console.log(Boolean(), new Boolean(false) ? 'truthy' : 'falsy', typeof new Boolean(true), typeof Boolean(1));
console.log(true.toString(), false.valueOf(), new Boolean(0).valueOf(), String(new Boolean(1)));
try { Boolean.prototype.toString.call('true'); } catch (e) { console.log(e.name, e.message); }
console.log(Boolean(new Boolean(false)), !new Boolean(false), new Boolean(false) == false);
