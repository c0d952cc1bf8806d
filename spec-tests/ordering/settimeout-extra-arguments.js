// esid: sec-hostenqueuetimeoutjob
// Extra setTimeout arguments are passed to the callback.
setTimeout((a, b, c) => console.log('args', a, b, c), 5, 'x', 2, true);
setTimeout(function () { console.log('count', arguments.length); }, 6, 1, 2, 3, 4);
