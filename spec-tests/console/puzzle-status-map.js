// esid: host-console-log
// a map of task statuses
const statuses = new Map([['fetch', 'pending'], ['parse', 'done'], ['render', 'failed']]);
console.log(statuses);
console.log(Object.fromEntries(statuses));
