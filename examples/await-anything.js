// await works on any value: plain values are wrapped in a resolved promise, so even
// `await 42` suspends the function until the next microtask. An async function always returns
// a promise, even when it returns a plain number.

async function values() {
  const n = await 42;
  const s = await 'hello';
  const z = await null;
  console.log('awaited:', n, s, z);
}

async function one() {
  return 1;
}

values();
console.log('values() is suspended at its first await');
const p = one();
console.log('one() returned a promise:', p instanceof Promise);
p.then((v) => console.log('...which fulfils with', v));
