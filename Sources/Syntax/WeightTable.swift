/// The averaged weights of a trained linear model, read-only: for each feature, the classes it
/// votes for and how much. An open-addressing hash table over 64-bit feature keys; short rows
/// sit in their slots, long ones in flat arrays (packed entries, or full rows of floats for rows
/// that vote for many classes). Scoring a feature is one probe sequence and a short loop; no
/// allocation.
public struct WeightTable: Sendable {
    /// A feature's row when the model has at most three classes: the weights (16-bit floats) sit
    /// in the slot itself, so scoring a feature touches one cache line.
    struct DenseSlot {
        var fingerprint: UInt32
        var weights: (UInt16, UInt16, UInt16)
    }

    /// A feature's row of a many-class model. Most rows have one to three entries: they sit in the
    /// slot itself (an unused place holds 0, which adds nothing), so scoring them touches one cache
    /// line. A longer row has `SparseSlot.overflow` first and where its entries start second (the
    /// first of them holds their count).
    struct SparseSlot {
        var fingerprint: UInt32
        var entries: (UInt32, UInt32, UInt32)
        /// Marks a row kept outside the slot as entries (no entry has class 0xffff).
        static let overflow: UInt32 = 0xffff_ffff
        /// Marks a row kept outside the slot as a full row of 32-bit floats.
        static let fullRow: UInt32 = 0xffff_fffe
    }

    /// How many classes the model chooses among.
    public let classCount: Int
    private let isDense: Bool
    private var dense: [DenseSlot] = []
    private var sparse: [SparseSlot] = []
    /// Rows of more than three entries: a count, then that many entries with the class in the low
    /// 16 bits and the weight's 16-bit float in the high 16 (as in a slot; a weight is never 0).
    private var entries: [UInt32] = []
    /// Rows with weights for many classes, each `classCount` 32-bit floats: adding one is a
    /// vectorised loop over contiguous memory instead of scattered single adds.
    private var fullRows: [Float] = []
    /// How many entries make a row worth keeping full.
    private static let fullRowMinimum = 16
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
            sparse = [SparseSlot](repeating: SparseSlot(fingerprint: 0, entries: (0, 0, 0)), count: capacity)
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
                let packed = (start..<end).map { UInt32(entryClasses[$0]) | UInt32(halfWeights[$0]) << 16 }
                if packed.count <= 3 {
                    let inline = packed + [0, 0, 0]
                    sparse[slot] = SparseSlot(fingerprint: fingerprint, entries: (inline[0], inline[1], inline[2]))
                } else if packed.count >= WeightTable.fullRowMinimum {
                    sparse[slot] = SparseSlot(fingerprint: fingerprint, entries: (SparseSlot.fullRow, UInt32(fullRows.count), 0))
                    var row = [Float](repeating: 0, count: classCount)
                    for entry in start..<end { row[Int(entryClasses[entry])] = WeightTable.halfValues[Int(halfWeights[entry])] }
                    fullRows.append(contentsOf: row)
                } else {
                    sparse[slot] = SparseSlot(fingerprint: fingerprint, entries: (SparseSlot.overflow, UInt32(entries.count), 0))
                    entries.append(UInt32(packed.count))
                    entries.append(contentsOf: packed)
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

    /// Adds the weights of all the features to the scores, in three passes so that cache misses
    /// overlap instead of queueing one by one: find every feature's slot (independent probes),
    /// touch the rows kept outside their slots, then add.
    public func add(_ features: [UInt64], to scores: UnsafeMutablePointer<Float>) {
        if isDense {
            var touched: UInt32 = 0
            dense.withUnsafeBufferPointer { slots in
                for feature in features { touched &+= slots[WeightTable.home(feature, capacity)].fingerprint }
            }
            // `touched` is used so that the loads above are not optimised away; it never changes a score.
            if touched == 0x5eed_f00d { scores[0] += 0 }
            for feature in features { addDense(feature, to: scores) }
            return
        }
        sparse.withUnsafeBufferPointer { slots in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: features.count) { found in
                for (index, feature) in features.enumerated() { found[index] = find(feature, in: slots) }
                var touched: UInt32 = 0
                entries.withUnsafeBufferPointer { entries in
                    fullRows.withUnsafeBufferPointer { rows in
                        for slot in found where slot >= 0 {
                            let row = slots[slot].entries
                            if row.0 == SparseSlot.overflow { touched &+= entries[Int(row.1)] }
                            if row.0 == SparseSlot.fullRow { touched &+= rows[Int(row.1)].bitPattern }
                        }
                    }
                }
                if touched == 0x5eed_f00d { scores[0] += 0 }
                for slot in found where slot >= 0 { addRow(slots[slot], to: scores) }
            }
        }
    }

    /// The slot of a feature in a many-class table, or -1 when it has no weights.
    @inline(__always)
    private func find(_ feature: UInt64, in slots: UnsafeBufferPointer<SparseSlot>) -> Int {
        let fingerprint = WeightTable.fingerprint(feature)
        var slot = WeightTable.home(feature, capacity)
        while true {
            let found = slots[slot].fingerprint
            if found == fingerprint { return slot }
            if found == 0 { return -1 }
            slot = slot + 1 == capacity ? 0 : slot + 1
        }
    }

    /// Adds a many-class row's weights to the scores.
    @inline(__always)
    private func addRow(_ found: SparseSlot, to scores: UnsafeMutablePointer<Float>) {
        if found.entries.0 == SparseSlot.fullRow {
            fullRows.withUnsafeBufferPointer { rows in
                let row = rows.baseAddress! + Int(found.entries.1)
                for c in 0..<classCount { scores[c] += row[c] }
            }
            return
        }
        WeightTable.halfValues.withUnsafeBufferPointer { half in
            if found.entries.0 != SparseSlot.overflow {
                for entry in [found.entries.0, found.entries.1, found.entries.2] {
                    scores[Int(entry & 0xffff)] += half[Int(entry >> 16)]
                }
                return
            }
            entries.withUnsafeBufferPointer { entries in
                let first = Int(found.entries.1) + 1
                for entry in entries[first..<(first + Int(entries[first - 1]))] {
                    scores[Int(entry & 0xffff)] += half[Int(entry >> 16)]
                }
            }
        }
    }

    /// Adds a feature's weights in a table of at most three classes.
    @inline(__always)
    private func addDense(_ feature: UInt64, to scores: UnsafeMutablePointer<Float>) {
        let fingerprint = WeightTable.fingerprint(feature)
        var slot = WeightTable.home(feature, capacity)
        WeightTable.halfValues.withUnsafeBufferPointer { half in
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
        }
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
                    let packed: [UInt32]
                    if found.entries.0 == SparseSlot.fullRow {
                        let row = fullRows[Int(found.entries.1)..<(Int(found.entries.1) + classCount)]
                        return row.enumerated().compactMap { $0.element != 0 ? (UInt8($0.offset), Float16($0.element).bitPattern) : nil }
                    }
                    if found.entries.0 == SparseSlot.overflow {
                        let first = Int(found.entries.1) + 1
                        packed = Array(entries[first..<(first + Int(entries[first - 1]))])
                    } else {
                        packed = [found.entries.0, found.entries.1, found.entries.2].filter { $0 != 0 }
                    }
                    return packed.map { (UInt8($0 & 0xff), UInt16($0 >> 16)) }
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
