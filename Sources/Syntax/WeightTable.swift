/// The averaged weights of a trained linear model, read-only: for each feature, the classes it
/// votes for and how much. An open-addressing hash table over 64-bit feature keys with the
/// rows' non-zero entries packed in two flat arrays. Scoring a feature is one probe sequence and
/// a short loop; no allocation.
public struct WeightTable: Sendable {
    /// A feature's row when the model has at most three classes: the weights (16-bit floats) sit
    /// in the slot itself, so scoring a feature touches one cache line.
    struct DenseSlot {
        var fingerprint: UInt32
        var weights: (UInt16, UInt16, UInt16)
    }

    /// A feature's row of a many-class model: where its entries start (the first holds their count).
    struct SparseSlot {
        var fingerprint: UInt32
        var start: UInt32
    }

    /// How many classes the model chooses among.
    public let classCount: Int
    private let isDense: Bool
    private var dense: [DenseSlot] = []
    private var sparse: [SparseSlot] = []
    /// Sparse rows: a count, then that many entries with the class in the low 16 bits and the
    /// weight's 16-bit float in the high 16.
    private var entries: [UInt32] = []
    private let capacity: Int
    /// The features with weights, sorted (the order they are written in).
    let keys: [UInt64]

    /// An empty table.
    static func empty(classCount: Int) -> WeightTable {
        WeightTable(classCount: classCount, keys: [], rowStarts: [0], entryClasses: [], halfWeights: [])
    }

    /// Each 16-bit float's value, so that scoring never converts in software.
    private static let halfValues: [Float] = (0...UInt16.max).map { Float(Float16(bitPattern: $0)) }

    /// A table of rows given sorted by key; row i's entries are `entryClasses/halfWeights[rowStarts[i]..<rowStarts[i+1]]`,
    /// the weights as the bit patterns of 16-bit floats.
    /// Weights are kept as 16-bit floats; a slot holds a 32-bit fingerprint of its feature (a
    /// collision with an unknown feature is about one lookup in 10^9 and only adds a small weight).
    init(classCount: Int, keys: [UInt64], rowStarts: [Int32], entryClasses: [UInt8], halfWeights: [UInt16]) {
        self.classCount = classCount
        self.keys = keys
        isDense = classCount <= 3
        // About 70% full: short probe sequences in a table small enough to stay in the cache.
        let capacity = max(16, keys.count * 10 / 7 + 1)
        self.capacity = capacity
        if isDense {
            dense = [DenseSlot](repeating: DenseSlot(fingerprint: 0, weights: (0, 0, 0)), count: capacity)
        } else {
            sparse = [SparseSlot](repeating: SparseSlot(fingerprint: 0, start: 0), count: capacity)
            entries.reserveCapacity(entryClasses.count + keys.count)
        }
        for (row, key) in keys.enumerated() {
            let fingerprint = WeightTable.fingerprint(key)
            var slot = WeightTable.home(key, capacity)
            while (isDense ? dense[slot].fingerprint : sparse[slot].fingerprint) != 0 { slot = slot + 1 == capacity ? 0 : slot + 1 }
            let start = Int(rowStarts[row]), end = Int(rowStarts[row + 1])
            if isDense {
                var weights: [UInt16] = [0, 0, 0]
                for entry in start..<end { weights[Int(entryClasses[entry])] = halfWeights[entry] }
                dense[slot] = DenseSlot(fingerprint: fingerprint, weights: (weights[0], weights[1], weights[2]))
            } else {
                sparse[slot] = SparseSlot(fingerprint: fingerprint, start: UInt32(entries.count))
                entries.append(UInt32(end - start))
                for entry in start..<end {
                    entries.append(UInt32(entryClasses[entry]) | UInt32(halfWeights[entry]) << 16)
                }
            }
        }
    }

    /// The slot a key's probe starts at (the high 32 bits scaled to the capacity).
    @inline(__always) private static func home(_ key: UInt64, _ capacity: Int) -> Int { Int(((key >> 32) &* UInt64(capacity)) >> 32) }

    /// The key's fingerprint, never 0 (which marks an empty slot).
    @inline(__always) private static func fingerprint(_ key: UInt64) -> UInt32 {
        let low = UInt32(truncatingIfNeeded: key)
        return low == 0 ? 1 : low
    }

    /// How many features have weights.
    public var rowCount: Int { keys.count }

    /// Adds a feature's weights to the scores of the classes (nothing when the feature is unknown).
    @inline(__always)
    public func add(_ feature: UInt64, to scores: UnsafeMutablePointer<Float>) {
        let fingerprint = WeightTable.fingerprint(feature)
        var slot = WeightTable.home(feature, capacity)
        WeightTable.halfValues.withUnsafeBufferPointer { half in
            if isDense {
                dense.withUnsafeBufferPointer { slots in
                    while true {
                        let found = slots[slot]
                        if found.fingerprint == fingerprint {
                            scores[0] += half[Int(found.weights.0)]
                            scores[1] += half[Int(found.weights.1)]
                            scores[2] += half[Int(found.weights.2)]
                            return
                        }
                        if found.fingerprint == 0 { return }
                        slot = slot + 1 == capacity ? 0 : slot + 1
                    }
                }
                return
            }
            sparse.withUnsafeBufferPointer { slots in
                while true {
                    let found = slots[slot]
                    if found.fingerprint == fingerprint {
                        entries.withUnsafeBufferPointer { entries in
                            let first = Int(found.start) + 1
                            for entry in entries[first..<(first + Int(entries[first - 1]))] {
                                scores[Int(entry & 0xffff)] += half[Int(entry >> 16)]
                            }
                        }
                        return
                    }
                    if found.fingerprint == 0 { return }
                    slot = slot + 1 == capacity ? 0 : slot + 1
                }
            }
        }
    }

    /// Adds the weights of all the features to the scores. The home slots are read first in a tight
    /// loop of independent loads, so that their cache misses overlap instead of queueing one by one.
    public func add(_ features: [UInt64], to scores: UnsafeMutablePointer<Float>) {
        var touched: UInt32 = 0
        if isDense {
            dense.withUnsafeBufferPointer { slots in
                for feature in features { touched &+= slots[WeightTable.home(feature, capacity)].fingerprint }
            }
        } else {
            sparse.withUnsafeBufferPointer { slots in
                for feature in features { touched &+= slots[WeightTable.home(feature, capacity)].fingerprint }
            }
        }
        // `touched` is used so that the loads above are not optimised away; it never changes a score.
        if touched == 0x5eed_f00d { scores[0] += 0 }
        for feature in features { add(feature, to: scores) }
    }

    /// The (class, 16-bit weight) entries of a row, for writing.
    private func row(_ key: UInt64) -> [(UInt8, UInt16)] {
        let fingerprint = WeightTable.fingerprint(key)
        var slot = WeightTable.home(key, capacity)
        while true {
            if isDense {
                let found = dense[slot]
                if found.fingerprint == fingerprint {
                    let w = [found.weights.0, found.weights.1, found.weights.2]
                    return (0..<classCount).compactMap { w[$0] != 0 ? (UInt8($0), w[$0]) : nil }
                }
                if found.fingerprint == 0 { return [] }
            } else {
                let found = sparse[slot]
                if found.fingerprint == fingerprint {
                    let first = Int(found.start) + 1
                    return entries[first..<(first + Int(entries[first - 1]))].map { (UInt8($0 & 0xff), UInt16($0 >> 16)) }
                }
                if found.fingerprint == 0 { return [] }
            }
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
    }

    /// Writes the table (weights as 16-bit floats).
    func write(to writer: inout BinaryWriter) {
        writer.append(UInt32(classCount))
        writer.append(UInt32(keys.count))
        for key in keys {
            let entries = row(key)
            writer.append(key)
            writer.append(UInt8(entries.count))
            for (cls, weight) in entries {
                writer.append(cls)
                writer.append(weight)
            }
        }
    }

    /// Reads a table written by `write(to:)`.
    static func read(from reader: inout BinaryReader) throws -> WeightTable {
        let classCount = Int(try reader.uint32())
        let count = Int(try reader.uint32())
        guard classCount <= 256, count <= reader.remaining / 9 else { throw reader.failure("a weight table of an impossible size") }
        var keys: [UInt64] = []
        var starts: [Int32] = [0]
        var classes: [UInt8] = []
        var weights: [UInt16] = []
        keys.reserveCapacity(count)
        starts.reserveCapacity(count + 1)
        classes.reserveCapacity(count * 3)
        weights.reserveCapacity(count * 3)
        for _ in 0..<count {
            keys.append(try reader.uint64())
            let entries = Int(try reader.uint8())
            for _ in 0..<entries {
                let cls = try reader.uint8()
                guard Int(cls) < classCount else { throw reader.failure("a weight for class \(cls) of \(classCount)") }
                classes.append(cls)
                weights.append(try reader.uint16())
            }
            starts.append(Int32(classes.count))
        }
        return WeightTable(classCount: classCount, keys: keys, rowStarts: starts, entryClasses: classes, halfWeights: weights)
    }
}
