/// The words of one sentence as the parser's features see them: a hashed lower-case form and a
/// tag id per word, with position n standing for the root.
struct ParserInput {
    let count: Int
    var words: [UInt64]
    var tags: [UInt64]
    var universal: [UInt64]
    var punctuation: [Bool]

    static let none: UInt64 = 0x6e6f_6e65
    static let root: UInt64 = 0x726f_6f74

    init(forms: [String], pennTags: [Int], universalTags: [Int], punctuation: [Bool]) {
        count = forms.count
        words = forms.map(FeatureHash.lowercased) + [ParserInput.root]
        tags = pennTags.map { UInt64($0) + 16 } + [ParserInput.root]
        universal = universalTags.map { UInt64($0) + 16 } + [ParserInput.root]
        self.punctuation = punctuation + [false]
    }

    @inline(__always) func word(_ i: Int) -> UInt64 { i < 0 ? ParserInput.none : words[i] }
    @inline(__always) func tag(_ i: Int) -> UInt64 { i < 0 ? ParserInput.none : tags[i] }
    @inline(__always) func upos(_ i: Int) -> UInt64 { i < 0 ? ParserInput.none : universal[i] }
}

/// Feature templates of the arc-hybrid parser, after Zhang & Nivre (2011): words and tags of the
/// top three stack items and the first three buffer items, the children of s0, s1 and b0 with
/// their labels, the distance between s0 and b0, valencies and label sets; and of the arc
/// labeller, which names each arc when it is made (the dependent's subtree is then complete).
enum ParserFeatures {
    @inline(__always) private static func label(_ state: ParseState, _ i: Int) -> UInt64 {
        i < 0 || i >= state.count ? ParserInput.none : UInt64(bitPattern: Int64(state.labels[i]))
    }

    private static func distance(_ a: Int, _ b: Int, count: Int) -> UInt64 {
        if a < 0 || b < 0 { return 0 }
        if b == count { return 9 }
        let d = b - a
        return UInt64(d < 5 ? d : (d < 10 ? 5 : 6))
    }

    /// Punctuation marks between two words (0, 1, 2 or more).
    private static func punctuationBetween(_ a: Int, _ b: Int, _ input: ParserInput) -> UInt64 {
        guard a >= 0, b > a + 1 else { return 0 }
        var n: UInt64 = 0
        for i in (a + 1)..<min(b, input.count) where input.punctuation[i] { n += 1; if n == 2 { break } }
        return n
    }

    /// Writes the transition features of a state into `out`.
    static func transition(_ state: ParseState, _ x: ParserInput, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let s0 = state.stackItem(0), s1 = state.stackItem(1), s2 = state.stackItem(2)
        let b0 = state.bufferItem(0), b1 = state.bufferItem(1), b2 = state.bufferItem(2)
        let s0l1 = state.leftChild(s0, 0), s0l2 = state.leftChild(s0, 1)
        let s0r1 = state.rightChild(s0, 0), s0r2 = state.rightChild(s0, 1)
        let s1l1 = state.leftChild(s1, 0), s1r1 = state.rightChild(s1, 0), s1r2 = state.rightChild(s1, 1)
        let b0l1 = state.leftChild(b0, 0), b0l2 = state.leftChild(b0, 1)
        let s0w = x.word(s0), s0t = x.tag(s0), s1w = x.word(s1), s1t = x.tag(s1)
        let b0w = x.word(b0), b0t = x.tag(b0), b1w = x.word(b1), b1t = x.tag(b1), b2t = x.tag(b2)
        let s2t = x.tag(s2)
        let d = distance(s0, b0, count: state.count), d10 = distance(s1, s0, count: state.count)
        func f(_ t: UInt64, _ a: UInt64) { out.append(FeatureHash.feature(t, a)) }
        func f(_ t: UInt64, _ a: UInt64, _ b: UInt64) { out.append(FeatureHash.feature(t, a, b)) }
        func f(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) { out.append(FeatureHash.feature(t, a, b, c)) }
        f(100, 0)
        // Single words.
        f(101, s0w); f(102, s0t); f(103, s0w, s0t)
        f(104, s1w); f(105, s1t); f(106, s1w, s1t)
        f(107, b0w); f(108, b0t); f(109, b0w, b0t)
        f(110, b1w); f(111, b1t); f(112, b1w, b1t)
        f(113, x.word(b2)); f(114, b2t); f(115, s2t)
        // Pairs.
        f(120, s0w, s0t, b0w); f(121, s0w, b0w, b0t); f(122, s0w, s0t, b0t); f(123, s0t, b0w, b0t)
        f(124, s0w, b0w); f(125, s0t, b0t); f(126, b0t, b1t)
        f(127, s1w, s1t, s0w); f(128, s1w, s0w, s0t); f(129, s1t, s0t); f(130, s1w, s0w)
        f(134, b0w, b1w)
        // Triples of tags.
        f(140, b0t, b1t, b2t); f(141, s0t, b0t, b1t); f(142, s1t, s0t, b0t); f(143, s2t, s1t, s0t)
        f(144, s0t, x.tag(s0l1), b0t); f(145, s0t, x.tag(s0r1), b0t); f(146, s0t, b0t, x.tag(b0l1))
        f(147, s1t, s0t, x.tag(s0l1)); f(148, s1t, s0t, x.tag(s0r1)); f(149, s1t, x.tag(s1r1), s0t)
        f(150, s1t, x.tag(s1l1), s0t)
        // Distance.
        f(160, s0w, d); f(161, s0t, d); f(162, b0w, d); f(163, b0t, d); f(164, s0w, b0w, d); f(165, s0t, b0t, d)
        f(166, s1t, s0t, d10)
        // Valency.
        let s0vl = s0 < 0 ? 0 : UInt64(state.leftCount[s0]), s0vr = s0 < 0 ? 0 : UInt64(state.rightCount[s0])
        let b0vl = b0 < 0 ? 0 : UInt64(state.leftCount[b0])
        f(170, s0w, s0vr); f(171, s0t, s0vr); f(172, s0w, s0vl); f(173, s0t, s0vl); f(174, b0w, b0vl); f(175, b0t, b0vl)
        // Children: words, tags and labels.
        f(180, x.word(s0l1)); f(181, x.tag(s0l1)); f(182, label(state, s0l1))
        f(183, x.word(s0r1)); f(184, x.tag(s0r1)); f(185, label(state, s0r1))
        f(186, x.word(b0l1)); f(187, x.tag(b0l1)); f(188, label(state, b0l1))
        f(189, x.tag(s1r1), label(state, s1r1))
        f(191, s0t, label(state, s0l1), label(state, s0l2)); f(192, s0t, label(state, s0r1), label(state, s0r2))
        f(193, b0t, label(state, b0l1), label(state, b0l2))
        f(194, s0t, x.tag(s0l1), x.tag(s0l2)); f(195, s0t, x.tag(s0r1), x.tag(s0r2)); f(196, b0t, x.tag(b0l1), x.tag(b0l2))
        f(197, s1t, x.tag(s1r1), x.tag(s1r2))
        // Label sets.
        let s0labels = s0 < 0 ? 0 : state.childLabels[s0], b0labels = b0 < 0 ? 0 : state.childLabels[b0]
        let s1labels = s1 < 0 ? 0 : state.childLabels[s1]
        f(201, s0t, s0labels); f(203, b0t, b0labels); f(204, s1t, s1labels)
        // Punctuation between the candidates, and where the stack stands.
        f(210, punctuationBetween(s0, b0, x), s0t, b0t); f(211, punctuationBetween(s1, s0, x), s1t, s0t)
        f(212, UInt64(min(state.stack.count, 3)), b0 == state.count ? 1 : 0, s0t)
        f(213, x.upos(s0), x.upos(b0), x.upos(s1))
        // Universal tags, which a tagging mistake leaves right more often than Penn tags.
        let s0u = x.upos(s0), b0u = x.upos(b0), s1u = x.upos(s1)
        f(214, s0u, b0u); f(215, s1u, s0u); f(218, b0u, x.upos(b1))
        f(220, s1u, s0u, b0u); f(221, s0u, x.upos(s0l1), b0u); f(222, s0u, b0u, x.upos(b0l1))
    }

    /// Writes the features for naming the arc head -> dependent into `out`.
    static func arcLabel(dependent: Int, head: Int, _ state: ParseState, _ x: ParserInput, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let dw = x.word(dependent), dt = x.tag(dependent), hw = x.word(head), ht = x.tag(head)
        let du = x.upos(dependent), hu = x.upos(head)
        let direction: UInt64 = dependent < head ? 1 : 2
        let d = dependent < head ? distance(dependent, head, count: state.count) : distance(head, dependent, count: state.count)
        let dl1 = state.leftChild(dependent, 0), dr1 = state.rightChild(dependent, 0), dl2 = state.leftChild(dependent, 1)
        let hl1 = state.leftChild(head, 0), hr1 = state.rightChild(head, 0)
        func f(_ t: UInt64, _ a: UInt64) { out.append(FeatureHash.feature(t, a)) }
        func f(_ t: UInt64, _ a: UInt64, _ b: UInt64) { out.append(FeatureHash.feature(t, a, b)) }
        func f(_ t: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) { out.append(FeatureHash.feature(t, a, b, c)) }
        f(300, direction)
        f(301, dw); f(302, dt); f(303, dw, dt); f(304, hw); f(305, ht); f(306, hw, ht)
        f(307, dt, ht, direction); f(308, dw, ht, direction); f(309, dt, hw, direction); f(310, dw, hw)
        f(311, du, hu, direction); f(312, dt, ht, d); f(313, dw, direction)
        f(314, x.word(dl1), dt); f(315, x.tag(dl1), label(state, dl1), dt); f(316, x.tag(dr1), label(state, dr1), dt)
        f(317, x.word(dl1), x.word(dl2), dt); f(318, x.word(dl1), ht, direction)
        f(319, dt, state.childLabels[dependent]); f(320, du, state.childLabels[dependent], direction)
        f(321, ht, state.childLabels[head], direction)
        f(322, x.tag(hl1), label(state, hl1), ht); f(323, x.tag(hr1), label(state, hr1), ht)
        f(324, dt, x.tag(dependent - 1), x.tag(dependent + 1 < state.count ? dependent + 1 : -1))
        f(325, ht, x.tag(head - 1), x.tag(head + 1 < state.count ? head + 1 : -1))
        f(326, dw, hw, direction)
        f(327, x.word(dependent - 1), dt); f(328, dt, UInt64(state.leftCount[dependent]), UInt64(state.rightCount[dependent]))
        f(329, dependent == 0 ? 1 : 0, dt, direction)
        // The first word after the arc, still to come: "gave him | a book" (iobj), "is | happy" (cop).
        let next = state.bufferItem(dependent < head ? 1 : 0)
        f(330, x.tag(next), dt, direction); f(331, x.word(next), dt); f(332, du, hu, x.upos(next))
    }
}
