// esid: sec-performpromiseallsettled
// The resolve and reject element functions of one element share [[AlreadyCalled]].
const thenable = { then(f, r) { r('rejected first'); f('then fulfilled'); r('again'); } };
Promise.allSettled([thenable]).then((v) => console.log(JSON.stringify(v)));
