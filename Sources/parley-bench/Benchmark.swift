/// One benchmark: a name, what it measures, and the work for one iteration.
struct Benchmark {
  /// A short id, used to pick benchmarks on the command line.
  let name: String
  /// What one iteration does, in words.
  let unit: String
  /// Sets up and returns the work for one iteration.
  let prepare: () throws -> () throws -> Void
}
