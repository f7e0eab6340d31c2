/// Trains a multi-class averaged perceptron (Collins 2002) over hashed features, with the lazy
/// averaging trick (Daumé 2006): each weight keeps the running total of its past values and the
/// step it last changed, so an update costs O(features) however many steps went by.
final class PerceptronTrainer {
    /// How many classes the model chooses among.
    let classCount: Int
    private var rowOf: [UInt64: Int32] = [:]
    private var rowKeys: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int32] = []
    private var rowUpdates: [Int32] = []
    private var clock: Int32 = 0

    /// A trainer for a model with this many classes (at most 256).
    init(classCount: Int) {
        precondition(classCount > 0 && classCount <= 256)
        self.classCount = classCount
    }

    /// Adds the current (not averaged) weights of the features to `scores`.
    func score(_ features: [UInt64], into scores: inout [Float]) {
        for feature in features {
            guard let row = rowOf[feature] else { continue }
            let base = Int(row) * classCount
            for c in 0..<classCount { scores[c] += weights[base + c] }
        }
    }

    /// Counts one training instance (call once per decision, before any update for it).
    func tick() { clock += 1 }

    /// Moves the weights towards `truth` and away from `guess`.
    func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for feature in features {
            let row = self.row(feature)
            rowUpdates[Int(row)] += 1
            let base = Int(row) * classCount
            change(base + truth, by: 1)
            change(base + guess, by: -1)
        }
    }

    private func change(_ cell: Int, by delta: Float) {
        totals[cell] += Double(clock - stamps[cell]) * Double(weights[cell])
        stamps[cell] = clock
        weights[cell] += delta
    }

    private func row(_ feature: UInt64) -> Int32 {
        if let row = rowOf[feature] { return row }
        let row = Int32(rowKeys.count)
        rowOf[feature] = row
        rowKeys.append(feature)
        rowUpdates.append(0)
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(0, count: classCount))
        return row
    }

    /// How many features have been seen in an update.
    var featureCount: Int { rowKeys.count }

    /// The averaged weights as a read-only table, keeping features updated at least `minUpdates`
    /// times and weights that round to a non-zero 16-bit float. Deterministic: rows sorted by key.
    func averaged(minUpdates: Int) -> WeightTable {
        let order = rowKeys.indices.filter { rowUpdates[$0] >= minUpdates }.sorted { rowKeys[$0] < rowKeys[$1] }
        var keys: [UInt64] = []
        var starts: [Int32] = [0]
        var classes: [UInt8] = []
        var values: [UInt16] = []
        let steps = Double(max(clock, 1))
        for row in order {
            let base = row * classCount
            var any = false
            for c in 0..<classCount {
                let cell = base + c
                let total = totals[cell] + Double(clock - stamps[cell]) * Double(weights[cell])
                let average = Float16(Float(total / steps))
                if average != 0 {
                    classes.append(UInt8(c))
                    values.append(average.bitPattern)
                    any = true
                }
            }
            if any {
                keys.append(rowKeys[row])
                starts.append(Int32(classes.count))
            }
        }
        return WeightTable(classCount: classCount, keys: keys, rowStarts: starts, entryClasses: classes, halfWeights: values)
    }
}
