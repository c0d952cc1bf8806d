// A quiz-style ordering puzzle: in what order are the numbers printed?
// Answer with `mini-js check examples/order-puzzle.js --order '5,1,3,6,4,2'`; the expected
// lines are also written below, so `mini-js check examples/order-puzzle.js` checks them.

setTimeout(() => console.log(2), 0);

async function inner() {
  console.log(3);
}

async function outer() {
  console.log(1);
  await inner();
  console.log(4);
}

console.log(5);
outer();
console.log(6);

// expect: 5
// expect: 1
// expect: 3
// expect: 6
// expect: 4
// expect: 2
