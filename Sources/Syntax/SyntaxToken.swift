/// One syntactic word of a sentence with its Universal Dependencies fields and, when it was read
/// from an article, its place there as Unicode scalar offsets.
public struct SyntaxToken: Sendable, Equatable {
    /// The word as written (FORM).
    public var form: String
    /// The dictionary form (LEMMA); "_" when unknown.
    public var lemma: String
    /// The universal part of speech (UPOS).
    public var upos: String
    /// The Penn Treebank tag (XPOS).
    public var xpos: String
    /// Morphological features (FEATS), kept as written.
    public var features: String
    /// The head's 1-based position in the sentence; 0 is the root.
    public var head: Int
    /// The dependency relation to the head (DEPREL), with its subtype ("nsubj:pass").
    public var relation: String
    /// Enhanced dependencies (DEPS), kept as written.
    public var enhanced: String
    /// Anything else (MISC), kept as written.
    public var misc: String
    /// Scalar offsets of the word in the article it came from, when known.
    public var range: Range<Int>?
    /// No whitespace follows the word in the text.
    public var noSpaceAfter: Bool

    /// A word; the fields not given are CoNLL-U's "_" (or no head).
    public init(form: String, lemma: String = "_", upos: String = "_", xpos: String = "_", features: String = "_",
                head: Int = 0, relation: String = "_", enhanced: String = "_", misc: String = "_",
                range: Range<Int>? = nil, noSpaceAfter: Bool = false) {
        self.form = form
        self.lemma = lemma
        self.upos = upos
        self.xpos = xpos
        self.features = features
        self.head = head
        self.relation = relation
        self.enhanced = enhanced
        self.misc = misc
        self.range = range
        self.noSpaceAfter = noSpaceAfter
    }
}
