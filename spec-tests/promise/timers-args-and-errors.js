// esid: sec-jobs
setTimeout((a, b, c) => console.log('args', a, b, c), 1, 'x', 2, [3]);
const id = setInterval(function (v) { console.log('interval arg', v, this === undefined || this === globalThis || typeof this); clearInterval(id); }, 5, 'iv');
const t = (f) => { try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } };
t(() => setTimeout());
t(() => setTimeout('code'));
t(() => setInterval(null));
t(() => setTimeout({}));
