// esid: sec-generator.prototype.next
// The first next() starts the body; its argument is dropped; later arguments become yield's value.
function* echo() {
  console.log('body starts');
  const a = yield 'first';
  console.log('got', a);
  const b = yield 'second';
  console.log('got', b);
  return 'end';
}
const g = echo();
console.log('created, nothing ran yet');
const show = (r) => console.log(r.value, r.done);
show(g.next('dropped'));
show(g.next('A'));
show(g.next('B'));
show(g.next('C'));
