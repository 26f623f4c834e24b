/// A step of an evidence test's fixture that failed, with the command's output.
struct EvidenceFixtureError: Error, CustomStringConvertible {
  let description: String
}
