// esid: host-console-log
// a nested object that does not fit breaks the outer one too
console.log({
  user: { id: 1, name: 'Ada Lovelace', email: 'ada@example.com', roles: ['admin', 'dev'] },
  ok: true,
});
