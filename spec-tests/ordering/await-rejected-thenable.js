// esid: sec-newpromiseresolvethenablejob
// A thenable that rejects asynchronously; the rejection surfaces at the await.
const failingLater = {
  then(_, reject) {
    setTimeout(() => reject(new Error('rejected by thenable')), 10);
  },
};
(async () => {
  try {
    await failingLater;
  } catch (e) {
    console.log('caught', e.message);
  }
  console.log('continues');
})();
