/// Trains a `DependencyParser` with the dynamic oracle of Goldberg & Nivre (2012, 2013): at each
/// step the zero-cost moves are the right answers, the perceptron is updated when its best move is
/// not one of them, and after the first epoch the parser follows its own (possibly wrong) choice
/// with probability `exploration`, so it learns to recover from its mistakes. Training trees are
/// projectivized first. Deterministic for the same data, seed and settings.
public struct ParserTraining: Sendable {
    /// Passes over the training data.
    public var epochs = 12
    /// Seed of the sentence order and of exploration.
    public var seed: UInt64 = 1
    /// Features updated fewer times than this are left out of the model.
    public var minUpdates = 2
    /// How often the parser follows its own move once exploring.
    public var exploration = 0.9

    /// Training with the default settings.
    public init() {}

    /// The dev-set figures of one epoch.
    public struct EpochReport: Sendable {
        /// The epoch (from 1).
        public var epoch: Int
        /// Unlabelled and labelled attachment on the dev sentences (universal relation part).
        public var unlabelled: Double, labelled: Double
        /// Features in the two averaged models.
        public var features: Int
    }

    /// The parser with the best dev LAS (the last epoch's when `dev` is empty). The tags used are those in the sentences: give training
    /// sentences predicted tags (jackknifed) to train for predicted tags.
    public func train(_ sentences: [SyntaxSentence], dev: [SyntaxSentence],
                      progress: (EpochReport) -> Void = { _ in }) throws -> DependencyParser {
        var relationSet = Set<String>(), pennSet = Set<String>(), universalSet = Set<String>()
        for sentence in sentences {
            for token in sentence.tokens {
                relationSet.insert(token.relation)
                pennSet.insert(token.xpos)
                universalSet.insert(token.upos)
            }
        }
        relationSet.insert("root")
        let relations = relationSet.sorted()
        guard relations.count <= 256 else { throw SyntaxError.badTrainingData("\(relations.count) relations; at most 256") }
        let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let penn = Dictionary(uniqueKeysWithValues: pennSet.sorted().enumerated().map { ($1, $0) })
        let universal = Dictionary(uniqueKeysWithValues: universalSet.sorted().enumerated().map { ($1, $0) })
        var shell = DependencyParser(relations: relations, pennTagIndex: penn, universalTagIndex: universal,
                                     moves: .empty(classCount: 3), labeller: .empty(classCount: relations.count))
        struct Example { var input: ParserInput; var heads: [Int32]; var children: [[Int32]]; var labels: [Int32] }
        var examples: [Example] = []
        examples.reserveCapacity(sentences.count)
        for sentence in sentences {
            let n = sentence.tokens.count
            let projective = Projectivizer.projectivize(sentence.tokens.map(\.head))
            let heads = projective.map { Int32($0 == 0 ? n : $0 - 1) }
            var children = [[Int32]](repeating: [], count: n + 1)
            for (dependent, head) in heads.enumerated() { children[Int(head)].append(Int32(dependent)) }
            let labels = sentence.tokens.map { Int32(relationIndex[$0.relation] ?? 0) }
            examples.append(Example(input: shell.input(sentence.tokens), heads: heads, children: children, labels: labels))
        }
        let moveTrainer = PerceptronTrainer(classCount: 3)
        let labelTrainer = PerceptronTrainer(classCount: relations.count)
        var random = TrainingRandom(seed: seed)
        var order = Array(examples.indices)
        var best: (score: Double, parser: DependencyParser)?
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: 3)
        var labelScores = [Float](repeating: 0, count: relations.count)
        for epoch in 1...max(epochs, 1) {
            order.shuffle(using: &random)
            for e in order {
                let example = examples[e]
                let n = example.input.count
                var state = ParseState(count: n)
                var inStack = [Bool](repeating: false, count: n + 1)
                // The relation of a new arc; the labeller learns from arcs whose head is right.
                func label(_ move: ParseState.Move) -> Int32 {
                    guard let (dependent, head) = state.arc(move) else { return -1 }
                    if let fixed = shell.fixedRelation(dependent: dependent, head: head, example.input) { return Int32(fixed) }
                    ParserFeatures.arcLabel(dependent: dependent, head: head, state, example.input, into: &features)
                    for c in labelScores.indices { labelScores[c] = 0 }
                    labelTrainer.tick()
                    labelTrainer.score(features, into: &labelScores)
                    let guess = shell.bestRelation(labelScores)
                    if Int(example.heads[dependent]) == head {
                        labelTrainer.update(features, truth: Int(example.labels[dependent]), guess: guess)
                    }
                    return Int32(guess)
                }
                func advance(_ move: ParseState.Move) {
                    let relation = label(move)
                    if move == .shift { inStack[state.front] = true } else if let top = state.stack.last { inStack[Int(top)] = false }
                    state.apply(move, label: relation)
                }
                while !state.isFinal {
                    if let forced = state.forcedMove {
                        advance(forced)
                        continue
                    }
                    ParserFeatures.transition(state, example.input, into: &features)
                    scores[0] = 0; scores[1] = 0; scores[2] = 0
                    moveTrainer.tick()
                    moveTrainer.score(features, into: &scores)
                    var predicted: ParseState.Move?
                    var bestGold: ParseState.Move?
                    var costs = [Int](repeating: .max, count: 3)
                    for move in ParseState.Move.allCases where state.allows(move) {
                        costs[move.rawValue] = state.cost(move, goldHeads: example.heads, goldChildren: example.children, inStack: inStack)
                    }
                    let least = costs.min() ?? 0
                    for move in ParseState.Move.allCases where costs[move.rawValue] != .max {
                        if predicted == nil || scores[move.rawValue] > scores[predicted?.rawValue ?? 0] { predicted = move }
                        if costs[move.rawValue] == least && (bestGold == nil || scores[move.rawValue] > scores[bestGold?.rawValue ?? 0]) { bestGold = move }
                    }
                    guard let guess = predicted, let truth = bestGold else { break }
                    if costs[guess.rawValue] > least { moveTrainer.update(features, truth: truth.rawValue, guess: guess.rawValue) }
                    let explore = epoch > 1 && Double(random.next() >> 11) / Double(1 << 53) < exploration
                    advance(explore ? guess : truth)
                }
            }
            shell = DependencyParser(relations: relations, pennTagIndex: penn, universalTagIndex: universal,
                                     moves: moveTrainer.averaged(minUpdates: minUpdates), labeller: labelTrainer.averaged(minUpdates: minUpdates))
            let (uas, las) = ParserTraining.attachment(shell, on: dev)
            progress(EpochReport(epoch: epoch, unlabelled: uas, labelled: las, features: shell.moves.rowCount + shell.labeller.rowCount))
            if best == nil || dev.isEmpty || las > (best?.score ?? 0) { best = (las, shell) }
        }
        guard let parser = best?.parser else { throw SyntaxError.badTrainingData("no epoch ran") }
        return parser
    }

    /// UAS and LAS (universal relation part) of a parser on sentences, using the tags they carry.
    public static func attachment(_ parser: DependencyParser, on sentences: [SyntaxSentence]) -> (unlabelled: Double, labelled: Double) {
        var total = 0, unlabelled = 0, labelled = 0
        for sentence in sentences {
            let (heads, labels) = parser.parse(parser.input(sentence.tokens))
            for (index, token) in sentence.tokens.enumerated() {
                total += 1
                guard heads[index] == token.head else { continue }
                unlabelled += 1
                if parser.relations[labels[index]].split(separator: ":").first == token.relation.split(separator: ":").first { labelled += 1 }
            }
        }
        return total == 0 ? (0, 0) : (Double(unlabelled) / Double(total), Double(labelled) / Double(total))
    }

    /// The model file's bytes for a trained parser.
    public static func modelBytes(_ parser: DependencyParser) -> [UInt8] { parser.write() }
}
