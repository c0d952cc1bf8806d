// esid: sec-newpromiseresolvethenablejob
// A thenable that resolves from a timer keeps the function suspended until the timer fires.
const later = {
  then(ok) {
    console.log('then called');
    setTimeout(() => { console.log('timer fires'); ok('late value'); }, 200);
  },
};
async function main() {
  const v = await later;
  console.log('resumed', v);
}
main();
setTimeout(() => console.log('100ms timer'), 100);
setTimeout(() => console.log('300ms timer'), 300);
