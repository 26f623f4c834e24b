import Dispatch

extension Array where Element: Sendable {
  /// `map`, with the elements shared out over the machine's cores; the
  /// results are in the order of the elements.
  public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    let results = UnsafeMutableBufferPointer<T>.allocate(capacity: count)
    defer {
      results.deinitialize()
      results.deallocate()
    }
    // Each slot is initialized by exactly one iteration, and read after all end.
    nonisolated(unsafe) let slots = results
    let elements = self
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.initializeElement(at: index, to: transform(elements[index]))
    }
    return [T](results)
  }
}
