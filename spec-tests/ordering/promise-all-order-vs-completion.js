// esid: sec-performpromiseall
// Completion order differs from result order in Promise.all.
const finished = [];
const task = (name, ms) => new Promise(r => setTimeout(() => { finished.push(name); r(name); }, ms));
Promise.all([task('a', 30), task('b', 10), task('c', 20)]).then(v => {
  console.log('results ', v.join(','));
  console.log('finished', finished.join(','));
});
