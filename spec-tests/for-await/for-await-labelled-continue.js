// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// continue outer from an inner for-await closes the inner async iterator.
async function* nums(tag) {
  try {
    for (let i = 1; i <= 3; i++) yield tag + i;
  } finally {
    console.log('close', tag);
  }
}
(async () => {
  outer: for await (const a of nums('A')) {
    for await (const b of nums('B')) {
      if (b === 'B2') continue outer;
      console.log(a, b);
    }
  }
  console.log('done');
})();
