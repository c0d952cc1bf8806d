// esid: sec-asynciteratorclose
// Breaking out of the last stage of an async generator pipeline closes every stage, innermost last.
async function* numbers() {
  try {
    for (let i = 1; ; i++) yield i;
  } finally {
    console.log('numbers closed');
  }
}
async function* double(src) {
  try {
    for await (const n of src) yield n * 2;
  } finally {
    console.log('double closed');
  }
}
async function* label(src) {
  try {
    for await (const n of src) yield 'n' + n;
  } finally {
    console.log('label closed');
  }
}
(async () => {
  for await (const s of label(double(numbers()))) {
    console.log(s);
    if (s === 'n6') break;
  }
  console.log('consumer done');
})();
