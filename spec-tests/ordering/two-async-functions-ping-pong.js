// esid: sec-async-function-definitions-runtime-semantics-evaluation
// Two async loops awaiting on each step alternate strictly.
async function player(name, turns) {
  for (let i = 0; i < turns; i++) {
    console.log(name, i);
    await null;
  }
  console.log(name, 'finished');
}
player('ping', 3);
player('pong', 2);
