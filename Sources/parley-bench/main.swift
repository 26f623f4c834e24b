import Foundation

// parley-bench [NAME…]: runs the named benchmarks (default all) in this build.
// parley-bench fixture …: writes a workspace for Scripts/bench-cli.
if CommandLine.arguments.dropFirst().first == "fixture" {
  do {
    try WorkspaceFixtures.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("parley-bench: \(error)\n".utf8))
    exit(2)
  }
}
let requested = Set(CommandLine.arguments.dropFirst())
let chosen = Benchmarks.all.filter { requested.isEmpty || requested.contains($0.name) }
if chosen.isEmpty {
  let names = Benchmarks.all.map(\.name).joined(separator: ", ")
  FileHandle.standardError.write(
    Data("parley-bench: no such benchmark; choose from \(names)\n".utf8))
  exit(2)
}
let runner = BenchmarkRunner(budget: .seconds(1))
print("benchmark            median        best          iterations  per iteration")
for benchmark in chosen {
  do {
    let result = try runner.run(benchmark)
    let name = result.name.padding(toLength: 20, withPad: " ", startingAt: 0)
    let median = result.median.microsecondsText.padding(toLength: 13, withPad: " ", startingAt: 0)
    let best = result.best.microsecondsText.padding(toLength: 13, withPad: " ", startingAt: 0)
    let count = String(result.iterations).padding(toLength: 11, withPad: " ", startingAt: 0)
    print("\(name) \(median) \(best) \(count) \(result.unit)")
    if result.name == "check-throughput" {
      let bytes = ToneSamples.drafts(count: 2_000, size: 2_048).reduce(0) { $0 + $1.utf8.count }
      let (seconds, attoseconds) = result.median.components
      let elapsed = Double(seconds) + Double(attoseconds) / 1e18
      print(String(format: "  check throughput: %.1f MB/s (median)", Double(bytes) / elapsed / 1e6))
    }
  } catch {
    FileHandle.standardError.write(Data("parley-bench: \(benchmark.name) failed: \(error)\n".utf8))
    exit(1)
  }
}
