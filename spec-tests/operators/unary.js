// esid: sec-unary-operators
// Unary + - ! void convert their operands.
console.log(+'3', +'', +' ', +'abc', +[], +[7], +{}, +null, +undefined, +true);
console.log(-'3', -(-0), -0, - -1);
console.log(!0, !1, !'', !'a', !null, !{});
console.log(void 0, void 'x', typeof void 0);
console.log(+'  42\n', +'1_000', +'0x1F', +'-0x1F', +'Infinity', +'-Infinity', +'infinity');
