// esid: sec-date-constructor
// new Date() reads the same clock as Date.now(); a time value prints as an ISO string.
const a = new Date();
console.log(a.getTime() === Date.now() || a.getTime() <= Date.now(), typeof a.valueOf());
const fixed = new Date(0);
console.log(fixed.toISOString(), fixed.getTime(), JSON.stringify({ fixed }));
console.log(new Date(1700000000000).toISOString(), new Date(-1).toISOString());
console.log(new Date(86400000 * 365.25 * 30));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
const start = new Date();
setTimeout(() => console.log('elapsed at least 50:', new Date() - start >= 50), 50);
