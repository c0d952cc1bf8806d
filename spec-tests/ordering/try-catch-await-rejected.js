// esid: sec-async-function-definitions-runtime-semantics-evaluation
// await of a rejected promise throws at the await, caught by try/catch; execution continues.
async function main() {
  console.log('start');
  try {
    await Promise.reject(new Error('boom'));
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally');
  }
  console.log('after try');
  return 'done';
}
main().then(v => console.log('main ->', v));
console.log('sync');
