// esid: host-console-log
// static fields are shown like function properties; static methods are not
class Config {
  static version = 2;
  static name2 = 'cfg';
  static create() {}
}
console.log(Config);
