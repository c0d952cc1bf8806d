// One million yields: generator suspension and resumption.
function* count(n) { for (let i = 0; i < n; i++) yield i; }
let s = 0; for (const v of count(1000000)) s += v; console.log(s);
