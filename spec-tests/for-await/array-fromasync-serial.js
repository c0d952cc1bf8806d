// esid: sec-array.fromasync
// Array.fromAsync awaits each mapped item before asking for the next (serial), unlike Promise.all; times in 200 ms slots.
let start = Date.now();
const slots = () => {
  const s = Math.round((Date.now() - start) / 200);
  start = Date.now();
  return s + ' x 200 ms';
};
const slowDouble = (v) => new Promise(r => setTimeout(() => r(v * 2), 200));
(async () => {
  const a = await Array.fromAsync([1, 2, 3], slowDouble);
  console.log('fromAsync', a.join(','), slots());
  const b = await Promise.all([1, 2, 3].map(slowDouble));
  console.log('Promise.all', b.join(','), slots());
})();
