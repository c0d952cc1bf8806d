// esid: sec-async-arrow-function-definitions
// Async arrows capture this and arguments lexically and await like async functions.
function Outer() {
  this.label = 'outer';
  const fn = async (x) => {
    await null;
    return this.label + ':' + x + ':' + arguments[0];
  };
  return fn;
}
const f = new Outer('arg0');
const concise = async v => v * 2;
f('call').then(v => console.log(v));
concise(21).then(v => console.log('concise', v));
console.log(typeof concise(1).then);
