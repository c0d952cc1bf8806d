// esid: sec-performpromiseall
// Each resolve element function works once ([[AlreadyCalled]]); length is 1.
let captured;
const thenable = { then(onF) { captured = onF; onF('one'); onF('two'); } };
Promise.all([thenable, 'x']).then((v) => {
  console.log(v, captured.length, JSON.stringify(captured.name));
});
