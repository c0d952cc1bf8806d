// Destructuring from a generator pulls only as many values as the pattern needs and then
// closes the generator (its finally runs); a rest element drains it instead.

function* colours() {
  try {
    console.log('  producing red');
    yield 'red';
    console.log('  producing green');
    yield 'green';
    console.log('  producing blue');
    yield 'blue';
  } finally {
    console.log('  generator closed');
  }
}

const [primary] = colours();
console.log('primary:', primary);

const [, secondColour] = colours();
console.log('second:', secondColour);

const [head, ...rest] = colours();
console.log('head:', head, 'rest:', rest.join('/'));
