// esid: sec-throw-statement
// Everything logged before an uncaught error is flushed to stdout.
for (let i = 0; i < 5; i++) console.log('line', i);
null.boom;
