// esid: sec-promise.all
// Promise.all with a non-iterable argument returns a rejected promise instead of throwing.
let p;
try {
  p = Promise.all(5);
  console.log('no throw');
} catch (e) {
  console.log('threw');
}
p.catch(e => console.log(e.constructor.name));
