// Cleanup in finally: when a for await...of loop leaves early, it calls the async generator's
// return(), which runs the generator's finally block before the loop is considered finished.
// A plain generator behaves the same way with for-of.

async function* openConnection(name) {
  console.log(`[${name}] open`);
  try {
    yield `${name}: first message`;
    yield `${name}: second message`;
    yield `${name}: third message`;
  } finally {
    await null;
    console.log(`[${name}] closed`);
  }
}

function* lines() {
  try {
    yield 'line 1';
    yield 'line 2';
  } finally {
    console.log('[lines] released');
  }
}

async function main() {
  for await (const message of openConnection('A')) {
    console.log(message);
    break;
  }
  console.log('after loop A');

  for await (const message of openConnection('B')) console.log(message);
  console.log('after loop B');

  for (const line of lines()) {
    console.log(line);
    break;
  }
}

main();
