// esid: sec-newpromiseresolvethenablejob
// A thenable that resolves and then throws: the throw is ignored because the promise is settled.
const tricky = {
  then(ok) {
    ok('kept');
    throw new Error('too late');
  },
};
(async () => {
  try {
    console.log('result', await tricky);
  } catch (e) {
    console.log('caught', e.message);
  }
})();
console.log('sync');
