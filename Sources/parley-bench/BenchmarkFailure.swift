/// A benchmark that could not run as set up.
struct BenchmarkFailure: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
