/// Tags training sentences the way the parser will see new text: the sentences are cut into
/// `folds` parts and each part is tagged by a tagger trained on the others, so the parser learns
/// from tags with realistic mistakes. Deterministic for the same data and settings.
public enum Jackknife {
    /// The sentences with predicted UPOS and XPOS (lemmas unchanged); `progress` hears each fold.
    public static func tag(_ sentences: [SyntaxSentence], folds: Int, training: TaggerTraining,
                           progress: (Int) -> Void = { _ in }) throws -> [SyntaxSentence] {
        guard folds >= 2 else { return sentences }
        var out = sentences
        for fold in 0..<folds {
            let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
            let tagger = try training.train(rest, dev: [])
            for index in sentences.indices where index % folds == fold {
                let classes = tagger.tag(sentences[index].tokens.map(\.form))
                for (position, cls) in classes.enumerated() {
                    out[index].tokens[position].upos = tagger.universalTags[cls]
                    out[index].tokens[position].xpos = tagger.pennTags[cls]
                }
            }
            progress(fold + 1)
        }
        return out
    }
}
