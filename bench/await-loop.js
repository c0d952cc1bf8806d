// One million awaits in a loop: Await's PromiseResolve, reaction job, resumption.
async function main() { let n = 0; for (let i = 0; i < 1000000; i++) n += await i; console.log(n); }
main();
