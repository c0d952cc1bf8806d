// esid: sec-switch-statement
// switch uses ===, falls through without break, default may be anywhere.
function sw(v) {
  const out = [];
  switch (v) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case 3: out.push('three'); break;
    case '1': out.push('string one');
  }
  return out.join('+');
}
console.log(sw(1), sw(2), sw(3), sw('1'), sw(9));
const evals = [];
switch (2) {
  case (evals.push('a'), 1):
  case (evals.push('b'), 2):
  case (evals.push('c'), 3):
}
console.log(evals);
switch (NaN) { case NaN: console.log('nan matched'); break; default: console.log('nan not matched'); }
function inner(x) {
  switch (x) { case 0: { let y = 'zero'; return y; } case 1: return 'one'; }
  return 'none';
}
console.log(inner(0), inner(1), inner(2));
