// esid: sec-newpromiseresolvethenablejob
// A thenable's then is called in a job, with fresh resolving functions, after the current
// synchronous code.
const thenable = {
  then(resolve, reject) {
    console.log('then called', typeof resolve, typeof reject, this === thenable);
    resolve('from thenable');
    resolve('ignored');
  },
};
Promise.resolve(thenable).then((v) => console.log('fulfilled', v));
console.log('sync end');
