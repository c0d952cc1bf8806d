// esid: host-console-log
// strings longer than 10000 characters are cut
console.log(['z'.repeat(10005)]);
