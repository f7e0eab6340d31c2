import KnowledgeGraph

/// True positives, false positives and false negatives, and the figures made of them.
public struct Counts: Equatable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    public var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }

    static func + (lhs: Counts, rhs: Counts) -> Counts {
        Counts(truePositives: lhs.truePositives + rhs.truePositives, falsePositives: lhs.falsePositives + rhs.falsePositives,
               falseNegatives: lhs.falseNegatives + rhs.falseNegatives)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole > 0 ? Double(part) / Double(whole) : 0 }
}

/// The scores of one article or, summed (micro-averaged), of a corpus: the figures of
/// `shared/tools/score.py`, computed the same way so that the two agree to the digit.
public struct ExtractionScore: Sendable {
    public var entitiesTyped = Counts()
    public var entitiesUntyped = Counts()
    public var relationsLabelled = Counts()
    public var relationsUnlabelled = Counts()
    /// Matched labelled relations, and of those, how many agree with gold on `negated`.
    public var negationChecked = 0
    public var negationAgreed = 0
    /// Per-article misses, for `--verbose`.
    public var misses: [ArticleMisses] = []

    /// An empty score, the start of a sum.
    public init() {}

    /// Scores one article's predicted graph against its gold annotation; `coarse` scores as
    /// score.py --coarse does (GovernmentBody, Organization and MediaOutlet as ORG; Person,
    /// Location, ORG and Event only, on both sides).
    public init(article: String, gold annotation: GoldAnnotation, predicted graph: KnowledgeGraph, coarse: Bool = false) {
        let gold = ScoredGraph(gold: annotation, coarse: coarse)
        let predicted = ScoredGraph(predicted: graph, coarse: coarse)
        var report = ArticleMisses(article: article)
        for typed in [true, false] {
            let mapping = EntityAlignment.align(gold: gold.nodes, predicted: predicted.nodes, typed: typed)
            let counts = Counts(truePositives: mapping.count, falsePositives: predicted.nodes.count - mapping.count,
                                falseNegatives: gold.nodes.count - mapping.count)
            if typed {
                entitiesTyped = counts
                let found = Set(mapping.values)
                report.goldEntitiesNotFound = gold.nodes.filter { !found.contains($0.id) }.map { $0.names.first ?? $0.id }
                report.predictedEntitiesNotInGold = predicted.nodes.filter { mapping[$0.id] == nil }.map { $0.names.first ?? $0.id }
            } else {
                entitiesUntyped = counts
            }
        }
        let mapping = EntityAlignment.align(gold: gold.nodes, predicted: predicted.nodes, typed: false)
        for labelled in [true, false] {
            let result = RelationMatching.match(gold: gold.edges, predicted: predicted.edges, mapping: mapping, labelled: labelled)
            if labelled {
                relationsLabelled = result.counts
                negationChecked = result.negationChecked
                negationAgreed = result.negationAgreed
                report.relations = result.misses
            } else {
                relationsUnlabelled = result.counts
            }
        }
        misses = [report]
    }

    /// The micro-average of two scores: counts summed, misses kept in order.
    public static func + (lhs: ExtractionScore, rhs: ExtractionScore) -> ExtractionScore {
        var sum = ExtractionScore()
        sum.entitiesTyped = lhs.entitiesTyped + rhs.entitiesTyped
        sum.entitiesUntyped = lhs.entitiesUntyped + rhs.entitiesUntyped
        sum.relationsLabelled = lhs.relationsLabelled + rhs.relationsLabelled
        sum.relationsUnlabelled = lhs.relationsUnlabelled + rhs.relationsUnlabelled
        sum.negationChecked = lhs.negationChecked + rhs.negationChecked
        sum.negationAgreed = lhs.negationAgreed + rhs.negationAgreed
        sum.misses = lhs.misses + rhs.misses
        return sum
    }
}

/// What one article's prediction got wrong: entities and relations, named as in the scorer's `--verbose`.
public struct ArticleMisses: Sendable {
    public var article: String
    public var goldEntitiesNotFound: [String] = []
    public var predictedEntitiesNotInGold: [String] = []
    /// ("extra" or "missed", subject, predicate, object), predicted relations first.
    public var relations: [RelationMiss] = []
}

/// A relation the prediction has and gold has not ("extra"), or the reverse ("missed").
public struct RelationMiss: Sendable {
    public var kind: String
    public var subject: String
    public var predicate: String
    public var object: String
    /// For an extra relation, the frame or rule of the extractor that stated it, when known.
    public var rule: String?
}
