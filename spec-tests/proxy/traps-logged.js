// esid: sec-proxy-object-internal-methods-and-internal-slots
// Every trap of a logging handler, in the order the operations call them.
const log = [];
const target = { a: 1, b: 2 };
const handler = {};
for (const name of Reflect.ownKeys(Reflect)) {
  if (typeof name !== 'string') continue;
  handler[name] = function (...args) {
    log.push(name + '(' + args.slice(1).map((a) => typeof a === 'object' ? typeof a : String(a)).join(', ') + ')');
    return Reflect[name](...args);
  };
}
const p = new Proxy(target, handler);
p.a;
p.c = 3;
'a' in p;
delete p.b;
Object.getOwnPropertyDescriptor(p, 'a');
Object.defineProperty(p, 'd', { value: 4, configurable: true });
Object.getPrototypeOf(p);
Object.setPrototypeOf(p, {});
Object.isExtensible(p);
Object.keys(p);
console.log(log.join('\n'));
log.length = 0;
Object.preventExtensions(p);
console.log(log.join('\n'));
