// esid: sec-try-statement-runtime-semantics-evaluation
// In an async function, a return inside finally overrides the try's return, even after an await.
async function pick() {
  try {
    await null;
    return 'from try';
  } finally {
    console.log('finally runs');
    await null;
    console.log('finally after await');
  }
}
async function override() {
  try {
    return 'from try';
  } finally {
    return 'from finally';
  }
}
pick().then(v => console.log('pick ->', v));
override().then(v => console.log('override ->', v));
