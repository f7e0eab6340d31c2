import Dispatch

/// How many chunks the all-core algorithms split their work into: fixed, so that results
/// combined in chunk order are the same on every machine.
let workChunks = 16

/// Runs `body(chunk)` for chunks 0..<count on all cores and returns their results in chunk
/// order, so that combining them does not depend on scheduling.
public func parallelChunks<T>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
        let slots = UncheckedBuffer(buffer: buffer)
        DispatchQueue.concurrentPerform(iterations: count) { chunk in
            slots.buffer[chunk] = body(chunk)
        }
    }
    return results.map { $0! }
}

/// A buffer each chunk writes its own slot of; no two chunks share a slot.
private struct UncheckedBuffer<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
}
