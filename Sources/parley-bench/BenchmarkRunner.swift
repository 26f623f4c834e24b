/// Runs benchmarks and reports the median and best time of one iteration.
struct BenchmarkRunner {
  /// Seconds of measuring per benchmark (after one warm-up iteration).
  let budget: Duration

  /// The figures of one benchmark.
  struct Result {
    let name: String
    let unit: String
    let iterations: Int
    let median: Duration
    let best: Duration
  }

  func run(_ benchmark: Benchmark) throws -> Result {
    let work = try benchmark.prepare()
    try work()
    let clock = ContinuousClock()
    var samples: [Duration] = []
    let start = clock.now
    while clock.now - start < budget || samples.count < 5 {
      let began = clock.now
      try work()
      samples.append(clock.now - began)
    }
    samples.sort()
    return Result(
      name: benchmark.name, unit: benchmark.unit, iterations: samples.count,
      median: samples[samples.count / 2], best: samples[0])
  }
}

extension Duration {
  /// The duration in microseconds, with two decimals.
  var microsecondsText: String {
    let (seconds, attoseconds) = components
    let microseconds = Double(seconds) * 1e6 + Double(attoseconds) / 1e12
    return String(format: "%.2f µs", microseconds)
  }
}
