// esid: sec-proxy-object-internal-methods-and-internal-slots-set-p-v-receiver
// The receiver: a proxy on the prototype chain gets the original object as receiver,
// and set without a trap defines the property on the receiver.
const log = [];
const protoProxy = new Proxy({ inherited: 'p' }, {
  get(t, k, r) { log.push('get ' + String(k) + ' receiver is child: ' + (r === child)); return Reflect.get(t, k, r); },
  set(t, k, v, r) { log.push('set ' + String(k)); return Reflect.set(t, k, v, r); },
  has(t, k) { log.push('has ' + String(k)); return Reflect.has(t, k); },
});
const child = Object.create(protoProxy);
child.own = 1;
console.log(child.own, child.inherited, child.missing);
child.fresh = 2;
console.log('fresh' in child, 'inherited' in child, 'own' in child);
console.log(Object.keys(child), log);
const forwarding = new Proxy({}, {});
forwarding.a = 1;
Object.defineProperty(forwarding, 'b', { value: 2, enumerable: false });
console.log(Object.getOwnPropertyNames(forwarding), forwarding.a, forwarding.b);
const withGetter = new Proxy({ get me() { return this; } }, {});
console.log(withGetter.me === withGetter);
