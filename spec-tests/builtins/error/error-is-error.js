// esid: sec-error.iserror
// Error.isError is true for objects with [[ErrorData]] only, whatever their prototype.
class MyError extends Error {}
const fake = Object.create(Error.prototype);
const detached = new TypeError('x');
Object.setPrototypeOf(detached, null);
console.log(Error.isError(new Error('a')), Error.isError(new RangeError()), Error.isError(new MyError()));
console.log(Error.isError(fake), Error.isError({ name: 'Error', message: 'm' }), Error.isError(detached));
console.log(Error.isError(), Error.isError('Error'), Error.isError(Symbol()), Error.isError(Error));
console.log(Error.isError.length, Error.isError.name, Object.getOwnPropertyDescriptor(Error, 'isError'));
console.log(Error.isError(new AggregateError([])));
