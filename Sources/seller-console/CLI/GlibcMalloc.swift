#if os(Linux)
/// glibc's `mallopt(3)`, which the Glibc module does not export (it lives in `<malloc.h>`). The parameter
/// numbers are glibc's ABI: `M_MMAP_THRESHOLD` is -3 and `M_ARENA_MAX` is -8.
enum GlibcMalloc {
    static let mmapThreshold: Int32 = -3
    static let arenaMax: Int32 = -8

    @_silgen_name("mallopt")
    static func option(_ parameter: Int32, _ value: Int32) -> Int32
}
#endif
