import ParleyKit

extension Guidance {
  /// The words with each step as `<step>`, so a test can read the text
  /// around the steps without the shell's wording.
  var testText: String { text { "<\($0)>" } }
}
