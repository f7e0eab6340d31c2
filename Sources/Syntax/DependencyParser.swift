import Foundation

/// A greedy arc-hybrid dependency parser with Universal Dependencies labels: one averaged
/// perceptron chooses each move (shift, left arc, right arc) from `ParserFeatures.transition`,
/// a second names each arc as it is made. Reads each word's form and tags; writes its head and
/// relation. O(words × features).
public struct DependencyParser: Sendable {
    /// The relation names (with subtypes, as "nsubj:pass").
    public let relations: [String]
    let pennTagIndex: [String: Int]
    let universalTagIndex: [String: Int]
    let moves: WeightTable
    let labeller: WeightTable
    let rootRelation: Int
    let punctRelation: Int?

    init(relations: [String], pennTagIndex: [String: Int], universalTagIndex: [String: Int], moves: WeightTable, labeller: WeightTable) {
        self.relations = relations
        self.pennTagIndex = pennTagIndex
        self.universalTagIndex = universalTagIndex
        self.moves = moves
        self.labeller = labeller
        rootRelation = relations.firstIndex(of: "root") ?? 0
        punctRelation = relations.firstIndex(of: "punct")
    }

    /// The parser's view of a sentence's words and tags.
    func input(_ tokens: [SyntaxToken]) -> ParserInput {
        ParserInput(forms: tokens.map(\.form),
                    pennTags: tokens.map { pennTagIndex[$0.xpos] ?? -1 },
                    universalTags: tokens.map { universalTagIndex[$0.upos] ?? -1 },
                    punctuation: tokens.map { $0.upos == "PUNCT" })
    }

    /// Sets the head and relation of every word of the sentence (tags must be set).
    public func annotate(_ sentence: inout SyntaxSentence) {
        let (heads, labels) = parse(input(sentence.tokens))
        for index in sentence.tokens.indices {
            sentence.tokens[index].head = heads[index]
            sentence.tokens[index].relation = relations[labels[index]]
        }
    }

    /// Heads (1-based, 0 the root) and relation indices of a sentence.
    func parse(_ x: ParserInput) -> (heads: [Int], labels: [Int]) {
        var state = ParseState(count: x.count)
        var features: [UInt64] = []
        features.reserveCapacity(120)
        var moveScores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: labeller.classCount)
        while !state.isFinal {
            var chosen: ParseState.Move = .shift
            if let forced = state.forcedMove {
                chosen = forced
            } else {
                ParserFeatures.transition(state, x, into: &features)
                score(features, moves, &moveScores)
                var best = -Float.infinity
                for move in ParseState.Move.allCases where state.allows(move) && moveScores[move.rawValue] > best {
                    best = moveScores[move.rawValue]
                    chosen = move
                }
            }
            var label: Int32 = -1
            if let (dependent, head) = state.arc(chosen) {
                label = Int32(name(dependent: dependent, head: head, state, x, &features, &labelScores))
            }
            state.apply(chosen, label: label)
        }
        let heads = state.heads.map { Int($0) == x.count ? 0 : Int($0) + 1 }
        return (heads, state.labels.map { Int(max($0, 0)) })
    }

    /// The relation of a new arc: "root" for the root's dependent, "punct" for punctuation (as UD
    /// has it for 99.9% of marks), otherwise the labeller's best other relation.
    func name(dependent: Int, head: Int, _ state: ParseState, _ x: ParserInput, _ features: inout [UInt64], _ scores: inout [Float]) -> Int {
        if let fixed = fixedRelation(dependent: dependent, head: head, x) { return fixed }
        ParserFeatures.arcLabel(dependent: dependent, head: head, state, x, into: &features)
        score(features, labeller, &scores)
        return bestRelation(scores)
    }

    /// The relation an arc has whatever the labeller says: "root" and "punct".
    func fixedRelation(dependent: Int, head: Int, _ x: ParserInput) -> Int? {
        if head == x.count { return rootRelation }
        if x.punctuation[dependent], let punctRelation { return punctRelation }
        return nil
    }

    /// The labeller's best relation other than "root" (the lowest index among equals).
    func bestRelation(_ scores: [Float]) -> Int {
        var best = rootRelation == 0 ? 1 : 0
        for c in scores.indices where c != rootRelation && scores[c] > scores[best] { best = c }
        return best
    }

    private func score(_ features: [UInt64], _ table: WeightTable, _ scores: inout [Float]) {
        scores.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            for c in 0..<buffer.count { base[c] = 0 }
            table.add(features, to: base)
        }
    }

    func write() -> [UInt8] {
        var writer = BinaryWriter()
        writer.append(relations)
        writer.append(pennTagIndex.sorted { $0.value < $1.value }.map(\.key))
        writer.append(universalTagIndex.sorted { $0.value < $1.value }.map(\.key))
        moves.write(to: &writer)
        labeller.write(to: &writer)
        return ModelFile.encode(kind: .parser, payload: writer.bytes)
    }

    /// A parser from a model file's bytes.
    public init(modelBytes bytes: [UInt8], path: String) throws {
        var reader = try ModelFile.decode(bytes, expecting: .parser, path: path)
        let relations = try reader.strings()
        let penn = try reader.strings()
        let universal = try reader.strings()
        let moves = try WeightTable.read(from: &reader)
        let labeller = try WeightTable.read(from: &reader)
        guard moves.classCount == 3, labeller.classCount == relations.count, relations.contains("root") else {
            throw reader.failure("weight tables that do not match the relations")
        }
        self.init(relations: relations,
                  pennTagIndex: Dictionary(uniqueKeysWithValues: penn.enumerated().map { ($1, $0) }),
                  universalTagIndex: Dictionary(uniqueKeysWithValues: universal.enumerated().map { ($1, $0) }),
                  moves: moves, labeller: labeller)
    }

    /// A parser from a model file.
    public init(contentsOf url: URL) throws {
        try self.init(modelBytes: ModelFile.bytes(of: url), path: url.path)
    }
}
