// esid: sec-installerrorcause
// The cause option installs an own cause property only when present.
const root = new Error('root');
const wrapped = new Error('wrapped', { cause: root });
console.log(wrapped.cause === root, wrapped.cause.message, Object.hasOwn(wrapped, 'cause'));
console.log(Object.hasOwn(new Error('x', {}), 'cause'), new Error('x', { cause: undefined }).cause, Object.hasOwn(new Error('x', { cause: undefined }), 'cause'));
console.log(new TypeError('t', { cause: 'str' }).cause, new RangeError('r', { cause: 0 }).cause);
console.log(Object.keys(wrapped), Object.getOwnPropertyDescriptor(wrapped, 'cause').enumerable);
