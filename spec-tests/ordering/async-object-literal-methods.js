// esid: sec-method-definitions
// Async methods in object literals, including computed names, run like async functions.
const key = 'dyn';
const api = {
  count: 0,
  async bump() {
    await null;
    this.count++;
    return this.count;
  },
  async [key + 'amic']() {
    return 'computed';
  },
};
api.bump().then(v => console.log('bump', v));
api.bump().then(v => console.log('bump', v));
api.dynamic().then(v => console.log(v));
console.log('count now', api.count);
