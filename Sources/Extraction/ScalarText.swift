/// A text as Unicode scalars (the offsets every annotation uses) that can hand back any
/// scalar range as a `String` quickly, by slicing its UTF-8 bytes.
struct ScalarText: Sendable {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// The UTF-8 offset of each scalar, and of the end.
    private let offsets: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        utf8 = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        self.offsets = offsets
    }

    /// The text of a scalar range.
    func string(_ range: Range<Int>) -> String {
        String(decoding: utf8[offsets[range.lowerBound]..<offsets[range.upperBound]], as: UTF8.self)
    }
}
