// esid: sec-newpromiseresolvethenablejob
// Awaiting a thenable calls its then in a job; a synchronous callback then costs another tick.
const thenable = {
  then(onOk, onErr) {
    console.log('then called');
    onOk('from thenable');
  },
};
async function user() {
  console.log('before await');
  const v = await thenable;
  console.log('resumed with', v);
}
user();
Promise.resolve()
  .then(() => console.log('tick 1'))
  .then(() => console.log('tick 2'))
  .then(() => console.log('tick 3'));
console.log('end of script');
