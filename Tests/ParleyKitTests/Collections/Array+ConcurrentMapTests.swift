import Foundation
import Testing

@testable import ParleyKit

@Suite("concurrentMap: the same results as map, in the same order")
struct ArrayConcurrentMapTests {
  @Test(arguments: [0, 1, 2, 7, 1_000])
  func sameAsMap(count: Int) {
    let numbers = Array(0..<count)
    let transform: @Sendable (Int) -> String = { "\($0 * $0)" }
    #expect(numbers.concurrentMap(transform) == numbers.map(transform))
  }

  @Test("results that are errors keep their place among the rest")
  func errorsKeepTheirPlace() {
    struct Odd: Error {}
    let results = Array(0..<100).concurrentMap { number -> Result<Int, Odd> in
      number.isMultiple(of: 2) ? .success(number) : .failure(Odd())
    }
    #expect(results.map { (try? $0.get()) ?? -1 } == (0..<100).map { $0 % 2 == 0 ? $0 : -1 })
  }
}
