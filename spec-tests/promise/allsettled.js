// esid: sec-promise.allsettled
Promise.allSettled([
  Promise.resolve(1),
  Promise.reject(new Error('no')),
  new Promise((r) => setTimeout(() => r('late'), 5)),
  'plain',
]).then((results) => {
  for (const r of results) console.log(r.status, 'value' in r ? r.value : r.reason.message);
});
Promise.allSettled([]).then((v) => console.log('empty', v));
Promise.allSettled(1).catch((e) => console.log(e.message));
