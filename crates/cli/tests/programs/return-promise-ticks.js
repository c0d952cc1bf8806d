// An async function that returns a promise resolves two ticks later than one returning a value.
async function plain() {
  return 'value';
}
async function wrapped() {
  return Promise.resolve('promise');
}

wrapped().then((v) => console.log(v));
plain().then((v) => console.log(v));
Promise.resolve()
  .then(() => console.log('a'))
  .then(() => console.log('b'))
  .then(() => console.log('c'));
