// esid: sec-string.prototype.tolowercase
// toUpperCase and toLowerCase, including non-ASCII letters.
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('ÀÉÎõü'.toLowerCase(), 'straße'.toUpperCase(), 'ǅ'.toLowerCase());
console.log('123 abc!'.toUpperCase(), ''.toUpperCase() === '');
console.log('İ'.toLowerCase().length, 'ß'.toUpperCase().length);
