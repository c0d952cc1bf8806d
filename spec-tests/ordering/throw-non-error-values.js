// esid: sec-rejectpromise
// Any value can be a rejection reason: strings, numbers, objects, undefined.
const reasons = ['text', 7, { code: 'E1' }, undefined, null];
for (const r of reasons) {
  (async () => { throw r; })().catch(e => console.log(typeof e, e && e.code ? e.code : String(e)));
}
