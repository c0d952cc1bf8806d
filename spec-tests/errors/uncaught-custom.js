// esid: sec-throw-statement
// Uncaught instance of an Error subclass and of a plain object.
class AppError extends Error { constructor(m) { super(m); this.name = 'AppError'; } }
try { throw new AppError('handled'); } catch (e) { console.log(String(e)); }
console.log('throwing object');
throw { code: 42 };
