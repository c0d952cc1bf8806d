// esid: sec-object.prototype.tostring
// Object.prototype.toString builtin tags and Symbol.toStringTag.
const ts = (v) => Object.prototype.toString.call(v);
console.log(ts({}), ts([]), ts(null), ts(undefined), ts(1), ts('s'), ts(true));
console.log(ts(() => {}), ts(new Error('e')), ts(Math), ts(JSON), ts(Symbol()));
console.log(ts(new Map()), ts(new Set()), ts({ [Symbol.toStringTag]: 'Custom' }));
class Tagged { get [Symbol.toStringTag]() { return 'Tg'; } }
console.log(String(new Tagged()), `${{}}`);
