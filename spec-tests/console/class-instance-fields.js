// esid: host-console-log
// class fields appear in definition order; private fields do not
class Account {
  #secret = 1;
  id = 7;
  owner = 'ann';
  balance = 0;
}
console.log(new Account());
