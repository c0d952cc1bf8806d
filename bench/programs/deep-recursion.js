// Recursion 10,000 calls deep, many times over (no flags needed in Node or mini-js).
function depth(n) {
  return n === 0 ? 0 : depth(n - 1) + (n % 3);
}
let total = 0;
for (let i = 0; i < 30; i++) total += depth(10000) + i;
console.log('deep', total);
