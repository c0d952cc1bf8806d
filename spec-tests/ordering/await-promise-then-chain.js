// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Awaiting a then chain waits for the whole chain; a parallel chain shows the tick count.
(async () => {
  const v = await Promise.resolve(1).then(x => x + 1).then(x => x * 10);
  console.log('awaited chain', v);
})();
Promise.resolve().then(() => console.log('a')).then(() => console.log('b')).then(() => console.log('c')).then(() => console.log('d'));
