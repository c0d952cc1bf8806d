// Awaiting a thenable (not a promise): its then runs in a job of its own, one tick later.
const thenable = {
  then(resolve) {
    console.log('then called');
    resolve('from thenable');
  },
};

async function reader() {
  const v = await thenable;
  console.log(v);
}

reader();
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
