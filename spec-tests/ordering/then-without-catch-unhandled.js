// esid: sec-host-promise-rejection-tracker
// A then with only a fulfilment handler on a failing lookup leaves the derived promise rejected and unhandled.
function lookupUser(id) {
  return new Promise((resolve, reject) => setTimeout(() => reject(new Error('user ' + id + ' missing')), 10));
}
const p = lookupUser(3);
p.then(user => console.log('user', user));
p.catch(e => console.log('original promise handled:', e.message));
console.log('waiting');
