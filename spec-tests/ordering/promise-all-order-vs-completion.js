// esid: sec-performpromiseall
// Completion order differs from result order in Promise.all.
const finished = [];
const task = (name, ms) => new Promise(r => setTimeout(() => { finished.push(name); r(name); }, ms));
Promise.all([task('a', 300), task('b', 100), task('c', 200)]).then(v => {
  console.log('results ', v.join(','));
  console.log('finished', finished.join(','));
});
