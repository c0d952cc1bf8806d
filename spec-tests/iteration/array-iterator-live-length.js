// esid: sec-runtime-semantics-forin-div-ofbodyevaluation-lhs-stmt-iterator-lhskind-labelset
// The array iterator reads length on each step: pushes during for-of are visited, pops shorten the loop.
const grow = [1, 2];
const seenGrow = [];
for (const v of grow) { seenGrow.push(v); if (v < 4) grow.push(v + 2); }
console.log(seenGrow.join(','));
const shrink = [1, 2, 3, 4, 5];
const seenShrink = [];
for (const v of shrink) { seenShrink.push(v); shrink.pop(); }
console.log(seenShrink.join(','));
const holes = [, 'b', , 'd'];
const seenHoles = [];
for (const v of holes) seenHoles.push(String(v));
console.log(seenHoles.join(','));
