import Foundation
import KnowledgeGraph

/// libFuzzer entry: the bytes as a graph JSON file, read in full and structure-only; whatever
/// reads must validate or be refused with an error, and re-encode.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    if let graph = try? KnowledgeGraph(jsonData: bytes) {
        _ = try? graph.jsonData()
        _ = graph.canonicalized()
    }
    _ = try? KnowledgeGraph(structureOfJSON: bytes)
    return 0
}

/// The executable's entry point under SwiftPM (which links `main` to `FuzzGraphJSON_main`): hands the
/// command line to libFuzzer's driver with this target's test function.
@_cdecl("FuzzGraphJSON_main")
public func fuzzGraphJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &vector, fuzzGraphJSON)
}

/// libFuzzer's driver (linked in by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt
