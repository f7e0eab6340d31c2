/// The averaged weights of a trained linear model, read-only: for each feature, the classes it
/// votes for and how much. An open-addressing hash table over 64-bit feature keys with the
/// rows' non-zero entries packed in two flat arrays. Scoring a feature is one probe sequence and
/// a short loop; no allocation.
public struct WeightTable: Sendable {
    /// How many classes the model chooses among.
    public let classCount: Int
    private var slots: [UInt64]
    private var slotRows: [Int32]
    private var rowStarts: [Int32]
    private var entryClasses: [UInt8]
    private var entryWeights: [Float]
    private let mask: Int

    /// The rows, sorted by key, as (key, [(class, weight)]) — the order they are written in.
    public let keys: [UInt64]

    /// A table of rows given sorted by key; `rows[i]` lists (class, weight) for `keys[i]`.
    public init(classCount: Int, keys: [UInt64], rowStarts: [Int32], entryClasses: [UInt8], entryWeights: [Float]) {
        self.classCount = classCount
        self.keys = keys
        self.rowStarts = rowStarts
        self.entryClasses = entryClasses
        self.entryWeights = entryWeights
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        slots = [UInt64](repeating: 0, count: capacity)
        slotRows = [Int32](repeating: -1, count: capacity)
        for (row, key) in keys.enumerated() {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while slotRows[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = key
            slotRows[slot] = Int32(row)
        }
    }

    /// How many features have weights.
    public var rowCount: Int { keys.count }

    /// Adds a feature's weights to the scores of the classes (nothing when the feature is unknown).
    @inline(__always)
    public func add(_ feature: UInt64, to scores: UnsafeMutablePointer<Float>) {
        var slot = Int(truncatingIfNeeded: feature >> 7) & mask
        while true {
            let row = slotRows[slot]
            if row < 0 { return }
            if slots[slot] == feature {
                let start = Int(rowStarts[Int(row)]), end = Int(rowStarts[Int(row) + 1])
                for entry in start..<end { scores[Int(entryClasses[entry])] += entryWeights[entry] }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// Writes the table (weights as 16-bit floats).
    func write(to writer: inout BinaryWriter) {
        writer.append(UInt32(classCount))
        writer.append(UInt32(keys.count))
        for (row, key) in keys.enumerated() {
            let start = Int(rowStarts[row]), end = Int(rowStarts[row + 1])
            writer.append(key)
            writer.append(UInt8(end - start))
            for entry in start..<end {
                writer.append(entryClasses[entry])
                writer.append(Float16(entryWeights[entry]).bitPattern)
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
        var weights: [Float] = []
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
                weights.append(Float(Float16(bitPattern: try reader.uint16())))
            }
            starts.append(Int32(classes.count))
        }
        return WeightTable(classCount: classCount, keys: keys, rowStarts: starts, entryClasses: classes, entryWeights: weights)
    }
}
