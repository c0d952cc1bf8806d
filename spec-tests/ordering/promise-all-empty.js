// esid: sec-promise.all
// Promise.all([]) resolves (asynchronously) with an empty array; allSettled and race on empty too.
Promise.all([]).then(v => console.log('all empty length', v.length, Array.isArray(v)));
Promise.allSettled([]).then(v => console.log('allSettled empty length', v.length));
let raced = false;
Promise.race([]).then(() => { raced = true; });
Promise.resolve().then(() => console.log('tick'));
console.log('sync end');
setTimeout(() => console.log('race settled?', raced), 5);
