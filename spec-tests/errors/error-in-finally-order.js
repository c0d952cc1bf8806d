// esid: sec-try-statement-runtime-semantics-evaluation
// finally runs before the exception escapes; output before the crash is kept.
try {
  console.log('try');
  throw new TypeError('escapes');
} finally {
  console.log('finally');
}
console.log('unreached');
