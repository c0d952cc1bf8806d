// The classic ordering puzzle: it prints 5, 1, 3, 6, 4, 2. Why 4 before 2?
// `mini-js explain examples/explain-puzzle.js` answers line by line.
async function first() {
  console.log(1);
  await second();
  console.log(2);
}

async function second() {
  console.log(3);
  await null;
}

console.log(5);
first();
Promise.resolve().then(() => console.log(4));
console.log(6);
