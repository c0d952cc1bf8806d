// for await over an async generator: 100 000 requests, each a few ticks.
async function* gen(n) { for (let i = 0; i < n; i++) yield i; }
(async () => { let s = 0; for await (const v of gen(100000)) s += v; console.log(s); })();
