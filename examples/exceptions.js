// Exceptions: the order of try, catch and finally, rethrowing, and custom errors.

const log = [];

class InsufficientFunds extends Error {
  constructor(needed) {
    super(`need ${needed} more`);
    this.name = 'InsufficientFunds';
    this.needed = needed;
  }
}

function withdraw(balance, amount) {
  log.push(`withdraw ${amount}`);
  try {
    if (amount <= 0) throw new RangeError('amount must be positive');
    if (amount > balance) throw new InsufficientFunds(amount - balance);
    return balance - amount;
  } finally {
    log.push(`audit ${amount}`);
  }
}

for (const amount of [30, 0, 500]) {
  try {
    const left = withdraw(100, amount);
    console.log(`ok, ${left} left`);
  } catch (e) {
    if (e instanceof InsufficientFunds) console.log(`${e.name}: ${e.message} (needed ${e.needed})`);
    else console.log(`rejected: ${e}`);
  }
}
console.log(log.join(' -> '));

// A finally block's return overrides the try block's.
function stubborn() {
  try { return 'from try'; } finally { console.log('finally runs first'); }
}
console.log(stubborn());

// Errors from the engine itself are ordinary objects too.
try {
  const user = undefined;
  console.log(user.name);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}

// Wrapping with a cause keeps the original error.
function parseConfig(text) {
  try { return JSON.parse(text); } catch (e) { throw new Error('bad config', { cause: e }); }
}
try { parseConfig('{oops'); } catch (e) { console.log(e.message, '<-', e.cause.name); }
