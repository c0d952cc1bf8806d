// An async function that throws, called without await or catch: the rejection is unhandled.
// Node reports it after the current microtasks and exits with status 1; output printed
// before that stays, and later timers never run.

async function loadProfile(id) {
  console.log('loading profile', id);
  await null;
  throw new Error(`profile ${id} not found`);
}

setTimeout(() => console.log('this timer never runs'), 0);
loadProfile(7);
console.log('called loadProfile without await');
Promise.resolve().then(() => console.log('other microtasks still run first'));
