// esid: sec-createperiterationenvironment
// Each iteration of `for (let ...)` has its own copy of the loop variables; a closure made in
// an iteration keeps that copy. mini-js reuses the iteration's record when no closure
// captured it, so this checks the iterations where one did, and where only some did.
const every = [];
for (let i = 0; i < 4; i++) every.push(() => i);
console.log('every iteration:', every.map((f) => f()).join(' '));

const some = [];
for (let i = 0; i < 8; i++) {
  if (i % 3 === 0) some.push(() => i * 10);
}
console.log('some iterations:', some.map((f) => f()).join(' '));

// A closure made in the initializer sees the loop's first record, not the copies.
const fromInit = [];
for (let i = 0, peek = () => i; i < 3; i++) fromInit.push(peek);
console.log('initializer closure:', fromInit.map((f) => f()).join(' '));

// A closure made late sees the value the earlier, uncaptured iterations left.
let late;
for (let i = 0, j = 100; i < 5; i++, j--) {
  if (i === 3) late = () => [i, j];
}
console.log('late closure:', late().join(' '));

// Generators and objects with methods capture too.
const gens = [];
for (let k = 0; k < 3; k++) {
  gens.push({ get k() { return k; } });
}
console.log('getters:', gens.map((o) => o.k).join(' '));

// for-of and for-in: a fresh binding per iteration, kept by the closures that captured it.
const ofs = [];
for (const [n, word] of [[1, 'one'], [2, 'two'], [3, 'three']]) {
  if (n !== 2) ofs.push(() => `${n}:${word}`);
}
console.log('for-of:', ofs.map((f) => f()).join(' '));
const ins = [];
for (let key in { a: 1, b: 2, c: 3 }) {
  if (key !== 'a') ins.push(() => key);
  key += '!';
}
console.log('for-in:', ins.map((f) => f()).join(' '));
// An uncaptured iteration starts from an uninitialized binding again.
for (const x of [1, 2]) {
  try {
    const probe = () => y;
    let y = x;
    console.log('tdz ok', probe());
  } catch (e) {
    console.log(e.constructor.name);
  }
}
