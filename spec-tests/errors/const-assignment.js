// esid: sec-declarative-environment-records-setmutablebinding-n-v-s
// Assignment to a const: "Assignment to constant variable." — uncaught.
const limit = 10;
try { limit = 11; } catch (e) { console.log(e.name, e.message); }
console.log(limit);
limit += 1;
console.log('unreached');
