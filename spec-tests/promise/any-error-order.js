// esid: sec-performpromiseany
// errors are in iteration order, not rejection order.
Promise.any([
  new Promise((r, j) => setTimeout(() => j('slow'), 20)),
  new Promise((r, j) => setTimeout(() => j('fast'), 10)),
]).catch((e) => console.log(e.errors));
