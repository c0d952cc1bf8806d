// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Two async IIFEs and sync code: each IIFE runs to its first await before the next line.
console.log('1 script');
(async () => {
  console.log('2 iife A start');
  await null;
  console.log('5 iife A resumed');
})();
(async () => {
  console.log('3 iife B start');
  await null;
  console.log('6 iife B resumed');
})();
console.log('4 script end');
