// esid: sec-createperiterationenvironment
// for(let...) creates a fresh binding per iteration (copied forward); var shares one binding.
const withLet = [];
for (let i = 0; i < 3; i++) withLet.push(() => i);
const withVar = [];
for (var j = 0; j < 3; j++) withVar.push(() => j);
const ofLet = [];
for (const v of ['a', 'b']) ofLet.push(() => v);
const mutating = [];
for (let k = 0; k < 3; k++) { mutating.push(() => k); k++; }
console.log(withLet.map(f => f()).join(','), withVar.map(f => f()).join(','));
console.log(ofLet.map(f => f()).join(','), mutating.map(f => f()).join(','));
