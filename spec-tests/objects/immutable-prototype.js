// esid: sec-immutable-prototype-exotic-objects
// %Object.prototype% is an immutable prototype exotic object: its [[SetPrototypeOf]] only accepts its current prototype.
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.message); }
console.log(Reflect.setPrototypeOf(Object.prototype, null), Reflect.setPrototypeOf(Object.prototype, {}));
try { Object.prototype.__proto__ = {}; } catch (e) { console.log(e.message); }
console.log(Object.setPrototypeOf(Object.prototype, null) === Object.prototype, Object.isExtensible(Object.prototype));
