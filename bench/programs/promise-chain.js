// A long chain of then() reactions, one microtask each, with a catch and finally on the way.
let p = Promise.resolve(0);
for (let i = 0; i < 100000; i++) {
  p = p.then((v) => v + 1);
  if (i % 10000 === 0) p = p.catch(() => -1).finally(() => {});
}
p.then((v) => console.log('chain', v));
