// esid: sec-array.from
// Array.from prefers @@iterator over length; the map function runs per step, interleaved with next.
const it = {
  length: 99,
  [Symbol.iterator]() {
    let i = 0;
    return { next() { i++; console.log('next', i); return { value: i, done: i > 3 }; } };
  },
};
console.log(Array.from(it, (v, k) => { console.log('map', v, k); return v * 2; }).join(','));
console.log(Array.from({ length: 3, 0: 'a', 2: 'c' }).map(String).join(','));
