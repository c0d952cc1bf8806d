// esid: sec-promise.allsettled
// allSettled waits for every promise, including slow rejections, then reports in order.
const t0 = Date.now();
const later = (ms, ok) => new Promise((y, n) => setTimeout(() => (ok ? y : n)(ms), ms));
Promise.allSettled([later(300, true), later(100, false), later(500, false)]).then(rs => {
  console.log(rs.map(r => r.status[0] + (r.value ?? r.reason)).join(' '));
  console.log('elapsed', Math.round((Date.now() - t0) / 100) * 100);
});
