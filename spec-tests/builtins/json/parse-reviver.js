// esid: sec-internalizejsonproperty
// The reviver is called bottom-up with (key, value); undefined deletes the property.
const order = [];
const r = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]}}', (k, v) => { order.push(k === '' ? '(root)' : k); return typeof v === 'number' ? v * 100 : v; });
console.log(order.join(' '), JSON.stringify(r));
console.log(JSON.stringify(JSON.parse('{"keep":1,"drop":2}', (k, v) => (k === 'drop' ? undefined : v))));
console.log(JSON.parse('[1,2,3]', (k, v) => (Array.isArray(v) ? v.length : v)));
console.log(JSON.parse('"x"', function (k, v) { return typeof this + ':' + v; }));
