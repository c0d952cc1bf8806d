// esid: sec-array.fromasync
// Array.fromAsync awaits items one at a time (serial), unlike Promise.all; times rounded to 100 ms.
const t0 = Date.now();
const at = () => Math.round((Date.now() - t0) / 100) * 100;
const slowDouble = (v) => new Promise(r => setTimeout(() => r(v * 2), 100));
(async () => {
  const a = await Array.fromAsync([1, 2, 3], slowDouble);
  console.log('fromAsync', a.join(','), at());
  const b = await Promise.all([1, 2, 3].map(slowDouble));
  console.log('Promise.all', b.join(','), at());
})();
