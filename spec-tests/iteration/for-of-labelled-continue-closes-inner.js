// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// continue outer / break outer from a nested loop closes the inner (and for break, the outer) iterator.
function named(name, n) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { i++; return { value: name + i, done: i > n }; },
    return() { console.log('close', name, 'at', i); return {}; },
  };
}
outer: for (const a of named('A', 3)) {
  for (const b of named('B', 3)) {
    if (b === 'B2') continue outer;
    console.log(a, b);
  }
}
console.log('--');
outer2: for (const a of named('C', 3)) {
  for (const b of named('D', 3)) {
    if (a === 'C2') break outer2;
    if (b === 'D2') break;
    console.log(a, b);
  }
}
