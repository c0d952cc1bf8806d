// esid: sec-execute-async-module
// A file whose top level awaits runs as a module: each await suspends the module body.
const first = await Promise.resolve('one');
console.log(first);
const pair = await Promise.all([2, Promise.resolve(3)].map(async (n) => (await n) * 10));
console.log(pair.join('+'));
for await (const item of [Promise.resolve('a'), 'b']) console.log(item);
const late = await new Promise((resolve) => setTimeout(() => resolve('timer'), 20));
console.log(late);
try {
  await Promise.reject(new RangeError('caught'));
} catch (e) {
  console.log(e.name, e.message);
}
