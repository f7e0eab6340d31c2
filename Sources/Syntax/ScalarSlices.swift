/// A text's Unicode scalars with their UTF-8 bytes, so that the `String` of any scalar range is
/// cut from the bytes in O(length) without appending scalar by scalar.
public struct ScalarSlices: Sendable {
    /// The text's scalars (the positions every offset counts).
    public let scalars: [Unicode.Scalar]
    private var bytes: [UInt8] = []
    private var starts: [Int] = []

    /// The slices of a text.
    public init(_ text: String) { self.init(Array(text.unicodeScalars)) }

    /// The slices of a text given as scalars.
    public init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        bytes.reserveCapacity(scalars.count + scalars.count / 8)
        starts.reserveCapacity(scalars.count + 1)
        for scalar in scalars {
            starts.append(bytes.count)
            UTF8.encode(scalar) { bytes.append($0) }
        }
        starts.append(bytes.count)
    }

    /// The text of a scalar range.
    public func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[starts[range.lowerBound]..<starts[range.upperBound]], as: UTF8.self)
    }
}
