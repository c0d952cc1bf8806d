// esid: sec-hostenqueuetimeoutjob
// A 0 ms delay counts as 1 ms, so a 1 ms timer created first fires first; negative counts as 1 too.
setTimeout(() => console.log('one'), 1);
setTimeout(() => console.log('zero'), 0);
setTimeout(() => console.log('negative'), -5);
setTimeout(() => console.log('no delay argument'));
