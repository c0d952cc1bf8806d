// esid: host-error-stack
// An error's stack holds V8's ten innermost frames (Error.stackTraceLimit), each at the
// position of the call.
function recurse(n) {
  if (n === 0) return new Error('deep').stack;
  return recurse(n - 1);
}
console.log(recurse(20));
