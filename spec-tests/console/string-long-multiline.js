// esid: host-console-log
// long strings with line breaks are split after each \n and joined with +
console.log(['first line of text\nsecond line of text\nthird line of text\nfourth line of text']);
console.log({ text: 'alpha beta gamma delta\nepsilon zeta eta theta\niota kappa lambda mu' });
console.log(['short\nlines']);
