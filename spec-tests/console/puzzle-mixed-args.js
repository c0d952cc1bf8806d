// esid: host-console-log
// label strings followed by values
console.log('result:', [1, 2, 3]);
console.log('state', { done: false }, 'step', 2);
console.log('value is', undefined, 'and', null);
