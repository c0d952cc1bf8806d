// esid: host-console-log
// long strings in arrays put one entry per line
console.log([
  'The quick brown fox jumps over the lazy dog',
  'Pack my box with five dozen liquor jugs',
  'How vexingly quick daft zebras jump',
]);
