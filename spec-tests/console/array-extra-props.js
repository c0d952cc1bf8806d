// esid: host-console-log
// non-index properties follow the elements as key: value
const a = [1, 2];
a.extra = 'yes';
a['two words'] = 2;
console.log(a);
const b = [];
b.k = 1;
console.log(b);
