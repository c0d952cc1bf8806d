// esid: sec-createresolvingfunctions
// The then property is read once, synchronously, when the value is resolved; the call happens in a job.
let reads = 0;
const obj = {
  get then() {
    reads++;
    console.log('get then #' + reads);
    return function (ok) {
      console.log('then invoked');
      ok('via getter');
    };
  },
};
async function main() {
  console.log('await start');
  const v = await obj;
  console.log('value', v, 'reads', reads);
}
main();
console.log('after main, reads', reads);
