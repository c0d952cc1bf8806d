// for await over an async generator, leaving early: break calls return(), which runs finally.
async function* countdown(n) {
  try {
    while (n > 0) {
      yield n;
      n -= 1;
    }
  } finally {
    console.log('generator cleaned up');
  }
}

async function consume() {
  for await (const n of countdown(5)) {
    console.log('got', n);
    if (n === 3) break;
  }
  console.log('loop done');
}

consume();
