/// Makes a dependency tree projective by lifting each crossing arc to its head's head until no
/// arc crosses another (Nivre & Nilsson 2005, without encoding the lift in the label), so that a
/// projective transition system can be trained on it. O(n²) per sentence.
enum Projectivizer {
    /// The heads (0 = root, 1-based) of a projective tree close to the given one.
    static func projectivize(_ heads: [Int]) -> [Int] {
        var heads = heads
        guard heads.count > 2 else { return heads }
        while let arc = shortestNonProjective(heads) {
            heads[arc] = heads[heads[arc] - 1]
        }
        return heads
    }

    /// The dependent (0-based) of the shortest arc that has a word between its ends outside the head's subtree.
    private static func shortestNonProjective(_ heads: [Int]) -> Int? {
        var best: (length: Int, dependent: Int)?
        for dependent in heads.indices {
            let head = heads[dependent]
            guard head > 0 else { continue }
            let h = head - 1
            let low = min(h, dependent), high = max(h, dependent)
            guard high - low > 1 else { continue }
            for between in (low + 1)..<high where !dominates(h, between, heads) {
                if best == nil || high - low < best?.length ?? .max { best = (high - low, dependent) }
                break
            }
        }
        return best?.dependent
    }

    /// `ancestor` is `word` or above it in the tree (0-based positions).
    private static func dominates(_ ancestor: Int, _ word: Int, _ heads: [Int]) -> Bool {
        var current = word
        var steps = 0
        while steps <= heads.count {
            if current == ancestor { return true }
            let head = heads[current]
            if head == 0 { return false }
            current = head - 1
            steps += 1
        }
        return false
    }
}
