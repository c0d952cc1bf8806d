// esid: sec-error-constructor
// Subclassing Error: name via prototype or instance, instanceof, message.
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
class NotFound extends Error {}
NotFound.prototype.name = 'NotFound';
const v = new ValidationError('email');
console.log(String(v), v.field, v instanceof ValidationError, v instanceof Error);
const n = new NotFound('missing');
console.log(String(n), n.name, Object.hasOwn(n, 'name'), n.constructor.name);
try { throw v; } catch (e) { console.log(e === v, e.message); }
function OldStyle(msg) { this.message = msg; }
OldStyle.prototype = Object.create(Error.prototype);
OldStyle.prototype.name = 'OldStyle';
console.log(String(new OldStyle('legacy')), new OldStyle('x') instanceof Error);
