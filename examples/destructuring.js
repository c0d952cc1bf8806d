// Destructuring: unpacking arrays and objects, defaults, renaming, rest and swaps.

const config = { host: 'localhost', port: 8080, tls: { enabled: false } };
const { host, port = 80, user = 'guest', tls: { enabled: useTls } } = config;
console.log(`${user}@${host}:${port} tls=${useTls}`);

const [first, second = 'none', ...others] = ['alpha', undefined, 'gamma', 'delta'];
console.log(first, second, others.join('+'));

// Swapping without a temporary.
let left = 'L', right = 'R';
[left, right] = [right, left];
console.log(left, right);

// Parameters with defaults for a whole options object.
function connect({ retries = 3, timeout = 1000, verbose = false } = {}) {
  return `retries=${retries} timeout=${timeout} verbose=${verbose}`;
}
console.log(connect());
console.log(connect({ timeout: 50, verbose: true }));

// Rest in objects separates known keys from the remainder.
const { id, ...fields } = { id: 7, title: 'Dune', year: 1965 };
console.log(id, JSON.stringify(fields));

// Destructuring in loops over entries.
const scores = { ada: 92, brian: 78, cleo: 85 };
for (const [name, score] of Object.entries(scores)) {
  console.log(`${name.padEnd(6, '.')}${String(score).padStart(4)}`);
}

// Nested patterns pull data out of structured results.
const response = { status: 200, body: { items: [{ sku: 'a1', qty: 2 }, { sku: 'b2', qty: 5 }] } };
const { body: { items: [, { sku: secondSku }] } } = response;
console.log('second sku:', secondSku);
