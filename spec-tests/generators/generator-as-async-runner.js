// esid: sec-generator.prototype.next
// A generator yielding promises driven by a small runner that resumes it with each result.
function run(genFn) {
  return new Promise((resolve, reject) => {
    const it = genFn();
    function step(method, arg) {
      let r;
      try { r = it[method](arg); } catch (e) { reject(e); return; }
      if (r.done) { resolve(r.value); return; }
      Promise.resolve(r.value).then(v => step('next', v), e => step('throw', e));
    }
    step('next');
  });
}
const fakeLoad = (id) => new Promise(r => setTimeout(() => r({ id, name: 'user' + id }), 10));
run(function* () {
  const u = yield fakeLoad(7);
  console.log('loaded', u.name);
  try {
    yield Promise.reject(new Error('second load failed'));
  } catch (e) {
    console.log('caught in generator', e.message);
  }
  return u.id * 2;
}).then(v => console.log('runner result', v));
