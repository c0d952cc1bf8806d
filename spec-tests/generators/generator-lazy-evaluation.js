// esid: sec-generatorstart
// Nothing in a generator body runs until it is asked for a value.
const log = [];
function* lazy() { log.push('start'); yield 1; log.push('middle'); yield 2; log.push('end'); }
const g = lazy();
log.push('created');
g.next();
log.push('got first');
g.next();
g.next();
console.log(log.join(' > '));
