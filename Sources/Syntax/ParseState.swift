/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011)
/// with the root at the end of the buffer (Ballesteros & Nivre 2013): a stack, a buffer that is
/// the words from `front` on followed by the root (position n), and the arcs made so far with the
/// leftmost and rightmost children of each word.
struct ParseState {
    /// The three moves: push the buffer's front; make the front the head of the stack's top and pop it;
    /// make the word under the top its head and pop it.
    enum Move: Int, CaseIterable { case shift = 0, left = 1, right = 2 }

    let count: Int
    var stack: [Int32] = []
    var front = 0
    var heads: [Int32]
    var labels: [Int32]
    /// Two leftmost and two rightmost children of each word (-1 none); index `count` is the root.
    var leftChildren: [Int32]
    var rightChildren: [Int32]
    var leftCount: [Int32]
    var rightCount: [Int32]
    /// Labels of each word's children as a bit set.
    var childLabels: [UInt64]

    init(count: Int) {
        self.count = count
        heads = [Int32](repeating: -1, count: count)
        labels = [Int32](repeating: -1, count: count)
        leftChildren = [Int32](repeating: -1, count: 2 * (count + 1))
        rightChildren = [Int32](repeating: -1, count: 2 * (count + 1))
        leftCount = [Int32](repeating: 0, count: count + 1)
        rightCount = [Int32](repeating: 0, count: count + 1)
        childLabels = [UInt64](repeating: 0, count: count + 1)
        stack.reserveCapacity(count)
    }

    var isFinal: Bool { front == count && stack.isEmpty }

    /// The move is allowed here; the root takes exactly one dependent.
    func allows(_ move: Move) -> Bool {
        switch move {
        case .shift: return front < count
        case .left: return !stack.isEmpty && (front < count || stack.count == 1)
        case .right: return stack.count >= 2
        }
    }

    /// The only allowed move, when there is just one (an empty stack, or the buffer down to the root).
    var forcedMove: Move? {
        if stack.isEmpty { return .shift }
        if front == count { return stack.count == 1 ? .left : .right }
        return nil
    }

    /// The word the move attaches and its new head, for a move that makes an arc.
    func arc(_ move: Move) -> (dependent: Int, head: Int)? {
        guard let top = stack.last else { return nil }
        switch move {
        case .shift: return nil
        case .left: return (Int(top), front)
        case .right: return (Int(top), Int(stack[stack.count - 2]))
        }
    }

    mutating func apply(_ move: Move, label: Int32) {
        switch move {
        case .shift:
            stack.append(Int32(front))
            front += 1
        case .left, .right:
            guard let (dependent, head) = arc(move) else { return }
            stack.removeLast()
            attach(dependent, to: head, label: label)
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int32) {
        heads[dependent] = Int32(head)
        labels[dependent] = label
        if label >= 0 { childLabels[head] |= 1 << UInt64(label & 63) }
        if dependent < head {
            leftCount[head] += 1
            // Left children arrive right to left in arc-hybrid: the newest is the leftmost.
            leftChildren[2 * head + 1] = leftChildren[2 * head]
            leftChildren[2 * head] = Int32(dependent)
        } else {
            rightCount[head] += 1
            rightChildren[2 * head + 1] = rightChildren[2 * head]
            rightChildren[2 * head] = Int32(dependent)
        }
    }

    /// The stack's item `depth` from the top (-1 when there is none).
    @inline(__always) func stackItem(_ depth: Int) -> Int { depth < stack.count ? Int(stack[stack.count - 1 - depth]) : -1 }

    /// The buffer's item `offset` from the front, the root being position `count` (-1 past it).
    @inline(__always) func bufferItem(_ offset: Int) -> Int { front + offset <= count ? front + offset : -1 }

    /// A word's leftmost (k = 0) or second leftmost (k = 1) child.
    @inline(__always) func leftChild(_ word: Int, _ k: Int) -> Int { word < 0 ? -1 : Int(leftChildren[2 * word + k]) }

    /// A word's rightmost (k = 0) or second rightmost (k = 1) child.
    @inline(__always) func rightChild(_ word: Int, _ k: Int) -> Int { word < 0 ? -1 : Int(rightChildren[2 * word + k]) }

    // MARK: - Dynamic oracle (Goldberg & Nivre 2013)

    /// How many gold arcs the move makes unreachable; `goldHeads` uses position `count` for the root.
    func cost(_ move: Move, goldHeads: [Int32], goldChildren: [[Int32]], inStack: [Bool]) -> Int {
        switch move {
        case .shift:
            let b = front
            var cost = 0
            let head = Int(goldHeads[b])
            if head < count && inStack[head] && head != stackItem(0) { cost += 1 }
            for child in goldChildren[b] where inStack[Int(child)] { cost += 1 }
            return cost
        case .left:
            let s0 = stackItem(0)
            var cost = 0
            let head = Int(goldHeads[s0])
            if head != front && (head == stackItem(1) || head > front) { cost += 1 }
            for child in goldChildren[s0] where Int(child) >= front { cost += 1 }
            return cost
        case .right:
            let s0 = stackItem(0)
            var cost = 0
            let head = Int(goldHeads[s0])
            if head != stackItem(1) && head >= front { cost += 1 }
            for child in goldChildren[s0] where Int(child) >= front { cost += 1 }
            return cost
        }
    }
}
