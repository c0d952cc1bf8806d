// esid: sec-promise.prototype.then
// Three independent then chains advance round-robin, one reaction per tick each.
for (const name of ['a', 'b', 'c']) {
  Promise.resolve(name)
    .then(v => { console.log(v + 1); return v; })
    .then(v => { console.log(v + 2); return v; })
    .then(v => { console.log(v + 3); });
}
console.log('start');
