// esid: host-console-log
// an ordinary object inheriting from Array.prototype
console.log(Object.create(Array.prototype));
console.log(Object.create(Map.prototype) instanceof Map);
