// esid: host-console-format-surplus
// arguments beyond the directives are appended, inspected
console.log('%s', 'a', 'b', { c: 1 }, [2]);
console.log('no directives', { x: 1 }, 'str', 3);
console.log('%s and %s', 'one');
