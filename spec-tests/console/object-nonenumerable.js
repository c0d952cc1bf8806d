// esid: host-console-log
// non-enumerable properties are not shown
const o = { a: 1 };
Object.defineProperty(o, 'hidden', { value: 2, enumerable: false });
console.log(o);
console.log(Object.defineProperty({}, 'h', { value: 1 }));
