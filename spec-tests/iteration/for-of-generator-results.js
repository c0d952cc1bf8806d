// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// for-of over a generator whose next is the intrinsic one takes the generator's values
// without iterator result objects (generator_resume_for_of). Everything a program can see
// must stay as the spec says: a replaced next, yield* results with getters, return values,
// manual next() calls inside the loop, break and throw, a generator already running.
const log = [];
Object.defineProperty(Object.prototype, 'done', {
  get() { log.push('proto done read'); return true; },
  configurable: true,
});

function* counter(n) {
  for (let i = 0; i < n; i++) yield i;
  return 'finished';
}

// Plain loop; the return value is not bound.
const seen = [];
for (const v of counter(3)) seen.push(v);
console.log('plain', seen.join(','), log.length);

// yield* passes the inner result objects on: their getters run as IteratorComplete and
// IteratorValue read them.
const inner = {
  [Symbol.iterator]() { return this; },
  i: 0,
  next() {
    const k = this.i++;
    return {
      get done() { log.push('inner done ' + k); return k >= 2; },
      get value() { log.push('inner value ' + k); return k * 10; },
    };
  },
};
function* delegating() { yield 'a'; yield* inner; yield 'b'; }
for (const v of delegating()) log.push('got ' + v);
console.log(log.join(' | '));
log.length = 0;

// A manual next() inside the loop gets a real result object.
const g = counter(6);
for (const v of g) {
  const r = g.next();
  console.log('loop', v, 'manual', JSON.stringify(Object.getOwnPropertyNames(r)), r.value, Object.getOwnPropertyDescriptor(r, 'done').value);
}

// break calls return; a throw in the generator reaches the loop.
function* guarded() {
  try { yield 1; yield 2; } finally { console.log('generator cleaned up'); }
}
for (const v of guarded()) { console.log('first', v); break; }
function* failing() { yield 1; throw new Error('boom'); }
try { for (const v of failing()) console.log('before boom', v); } catch (e) { console.log('caught', e.message); }

// A generator that loops over itself while running: next throws, the loop sees it.
let self;
function* reentrant() { yield 1; try { for (const x of self) console.log('never', x); } catch (e) { console.log('reentry', e.constructor.name, e.message); } yield 2; }
self = reentrant();
for (const v of self) console.log('outer', v);

// Replacing next is seen by the next loop; restoring it brings the intrinsic back.
const GeneratorPrototype = Object.getPrototypeOf(counter.prototype);
const original = GeneratorPrototype.next;
GeneratorPrototype.next = function (...args) {
  const r = original.apply(this, args);
  log.push('wrapped ' + r.value);
  return { value: r.value, done: r.done };
};
for (const v of counter(2)) log.push('body ' + v);
GeneratorPrototype.next = original;
for (const v of counter(2)) log.push('restored ' + v);
console.log(log.join(' | '));
delete Object.prototype.done;
