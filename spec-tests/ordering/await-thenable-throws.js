// esid: sec-newpromiseresolvethenablejob
// A thenable whose then throws before settling rejects the awaited value.
const broken = {
  then() {
    console.log('in then');
    throw new TypeError('no then for you');
  },
};
async function main() {
  try {
    await broken;
    console.log('not reached');
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
}
main();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
