// esid: sec-createperiterationenvironment
// for (let ...) creates a fresh binding per iteration; var shares one binding.
const lets = [];
for (let i = 0; i < 3; i++) lets.push(() => i);
console.log(lets.map((f) => f()));
const vars = [];
for (var j = 0; j < 3; j++) vars.push(() => j);
console.log(vars.map((f) => f()));
const mutated = [];
for (let i = 0; i < 3; i++) { mutated.push(() => i); i++; }
console.log(mutated.map((f) => f()));
const inTest = [];
for (let i = 0; inTest.push(() => i), i < 2; i++);
console.log(inTest.map((f) => f()));
const forIn = [];
for (const k in { a: 1, b: 2 }) forIn.push(() => k);
console.log(forIn.map((f) => f()));
const forOf = [];
for (let v of [7, 8]) forOf.push(() => v);
console.log(forOf.map((f) => f()));
