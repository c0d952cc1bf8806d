// esid: sec-async-function-definitions-runtime-semantics-evaluation
// await in switch discriminants and cases, and labelled break across an await.
async function classify(v) {
  switch (await v) {
    case await 1: return 'one';
    case 2: return 'two';
    default: return 'other';
  }
}
async function search() {
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      await null;
      if (i * j === 2) { console.log('found', i, j); break outer; }
    }
  }
  return 'searched';
}
classify(1).then(console.log);
classify(Promise.resolve(2)).then(console.log);
classify(9).then(console.log);
search().then(console.log);
