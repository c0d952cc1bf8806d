// esid: host-console-log
// arguments objects print as [Arguments] {…}
function f() { console.log(arguments); }
f(1, 'two');
f();
