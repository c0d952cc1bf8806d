// esid: sec-asyncgenerator-prototype-next
// Two async generators consumed concurrently interleave their steps tick by tick.
async function* counter(name, n) {
  for (let i = 1; i <= n; i++) {
    console.log(name, 'yield', i);
    yield i;
  }
  console.log(name, 'finished');
}
async function consume(name, n) {
  for await (const v of counter(name, n)) console.log('  ' + name, 'got', v);
}
consume('A', 3);
consume('B', 2);
