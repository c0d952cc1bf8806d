// esid: sec-iteratorstepvalue
// Spreading and destructuring a string call %StringIteratorPrototype%.next; mini-js takes
// those steps without making the result objects, but only while `next` is the original:
// a replaced `next` is called, and sees the iterator, as in Node.
const text = 'a😀b';
console.log([...text].length, Array.from(text).join('|'));
const proto = Object.getPrototypeOf(text[Symbol.iterator]());
const original = proto.next;
let calls = 0;
proto.next = function () {
  calls++;
  const r = original.call(this);
  return r.done ? r : { value: r.value.toUpperCase(), done: false };
};
console.log([...'xyz'].join(''), calls);
const [first, ...rest] = 'hey';
console.log(first, rest, calls);
proto.next = original;
console.log([...'ok'].join(''), calls);
