// esid: sec-createresolvingfunctions
// A thenable that calls its resolve callback twice, then reject: only the first call counts.
const twice = {
  then(ok, bad) {
    ok('first');
    ok('second');
    bad(new Error('ignored'));
    console.log('then returned');
  },
};
async function main() {
  try {
    const v = await twice;
    console.log('value', v);
  } catch (e) {
    console.log('caught', e.message);
  }
}
main().then(() => console.log('main done'));
