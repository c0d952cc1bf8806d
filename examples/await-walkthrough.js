// Walking through an async function: the part before the first await runs synchronously,
// inside the call; each part after an await runs later, as a microtask, after the caller's
// remaining synchronous code. The letters print C, A, D, B.

function note(letter, why) {
  console.log(letter + '  (' + why + ')');
}

async function brew() {
  note('C', 'inside brew, before the first await');
  await 'water';
  note('D', 'brew resumed after the first await');
  await 'beans';
  note('B', 'brew resumed after the second await');
}

brew();
note('A', 'caller continues while brew is suspended');
