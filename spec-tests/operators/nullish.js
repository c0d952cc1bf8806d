// esid: sec-binary-logical-operators
// ?? returns the right side only for null and undefined, and short-circuits.
console.log(null ?? 'd', undefined ?? 'd', 0 ?? 'd', '' ?? 'd', false ?? 'd', NaN ?? 'd');
let calls = 0;
const v = 'left' ?? (calls++, 'right');
console.log(v, calls);
const cfg = { timeout: 0 };
console.log(cfg.timeout ?? 100, cfg.timeout || 100, cfg.retries ?? 3);
console.log((null || undefined) ?? 'x', null ?? (false || 'y'));
