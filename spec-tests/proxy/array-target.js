// esid: sec-isarray
// A proxy over an array: length, index traps and array methods through the proxy.
const log = [];
const arr = new Proxy([10, 20, 30], {
  get(t, k, r) { log.push('get ' + String(k)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push('set ' + String(k) + '=' + v); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k); },
  deleteProperty(t, k) { log.push('delete ' + String(k)); return Reflect.deleteProperty(t, k); },
});
arr.push(40);
console.log(log.join(', '));
log.length = 0;
console.log(arr.indexOf(30), log.join(', '));
log.length = 0;
arr.reverse();
console.log(log.join(', '));
log.length = 0;
console.log(arr.includes(10), arr.join('-'));
arr.length = 1;
console.log(arr, Array.isArray(arr), JSON.stringify(arr));
console.log(Array.prototype.concat.call([], arr));
