// esid: sec-aggregate-error-constructor
// AggregateError collects an iterable of errors.
const agg = new AggregateError([new Error('a'), 'b'], 'many failed');
console.log(agg.name, agg.message, agg.errors.length, agg.errors[0].message, agg.errors[1]);
console.log(agg instanceof AggregateError, agg instanceof Error, String(agg), Array.isArray(agg.errors));
console.log(new AggregateError(new Set([1, 2])).errors.length, new AggregateError([]).message === '');
try { new AggregateError(5); } catch (e) { console.log(e.name); }
