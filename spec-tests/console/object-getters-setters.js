// esid: host-console-log
// accessors print as [Getter], [Setter], [Getter/Setter]
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 1; },
  set c(v) {},
  d: 4,
};
console.log(o);
