/// Splits a rectangle into rows or columns by constraints. A small, predictable solver instead of a
/// general constraint engine: fixed sizes first, then shrink in priority order, then hand out the rest.
public struct Layout: Hashable, Sendable {
    public enum Direction: Hashable, Sendable {
        case vertical
        case horizontal
    }

    public var direction: Direction
    public var constraints: [Constraint]
    /// Empty cells between neighbouring segments.
    public var spacing: Int

    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// Rows stacked top to bottom.
    public static func vertical(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.vertical, constraints, spacing: spacing)
    }

    /// Columns side by side, left to right.
    public static func horizontal(_ constraints: [Constraint], spacing: Int = 0) -> Layout {
        Layout(.horizontal, constraints, spacing: spacing)
    }

    /// One rectangle per constraint, in order; segments that get no space are empty rectangles.
    public func split(_ area: Rect) -> [Rect] {
        let extent = direction == .vertical ? area.height : area.width
        let sizes = Layout.solve(constraints, extent: extent, spacing: spacing)
        var rects: [Rect] = []
        rects.reserveCapacity(sizes.count)
        var offset = 0
        for size in sizes {
            let start = min(offset, extent)
            let length = max(0, min(size, extent - start))
            if direction == .vertical {
                rects.append(Rect(x: area.x, y: area.y + start, width: area.width, height: length))
            } else {
                rects.append(Rect(x: area.x + start, y: area.y, width: length, height: area.height))
            }
            offset = start + length + (length > 0 ? spacing : 0)
        }
        return rects
    }

    /// The sizes along the split axis. Exposed for tests and for callers that only need numbers.
    public static func solve(_ constraints: [Constraint], extent: Int, spacing: Int = 0) -> [Int] {
        let count = constraints.count
        guard count > 0 else { return [] }
        let gaps = max(0, spacing) * (count - 1)
        let total = max(0, extent - min(gaps, extent))
        var sizes = constraints.map { c -> Int in
            switch c {
            case .length(let n), .min(let n), .max(let n): return clampCount(n, total)
            case .percentage(let p): return total * min(max(p, 0), 100) / 100
            case .fill: return 0
            }
        }
        var used = sizes.reduce(0, +)
        if used > total {
            // Give way in priority order: max, then percentage, then length, then min; last segment first.
            let order: [(Constraint) -> Bool] = [
                { if case .max = $0 { return true }; return false },
                { if case .percentage = $0 { return true }; return false },
                { if case .length = $0 { return true }; return false },
                { if case .min = $0 { return true }; return false },
            ]
            for matches in order where used > total {
                for i in stride(from: count - 1, through: 0, by: -1) where used > total && matches(constraints[i]) {
                    let cut = min(sizes[i], used - total)
                    sizes[i] -= cut
                    used -= cut
                }
            }
        } else if used < total {
            let leftover = total - used
            let fills = constraints.indices.compactMap { i -> (Int, Int)? in
                if case .fill(let w) = constraints[i] { return (i, max(w, 0)) }
                return nil
            }
            if !fills.isEmpty {
                distribute(leftover, among: fills, into: &sizes)
            } else {
                let mins = constraints.indices.compactMap { i -> (Int, Int)? in
                    if case .min = constraints[i] { return (i, 1) }
                    return nil
                }
                distribute(leftover, among: mins, into: &sizes)
            }
        }
        return sizes
    }

    static func clampCount(_ n: Int, _ total: Int) -> Int { min(max(n, 0), total) }

    /// Splits `amount` by weight; rounding remainders go to the earliest segments so the result is stable.
    static func distribute(_ amount: Int, among weighted: [(index: Int, weight: Int)], into sizes: inout [Int]) {
        guard amount > 0, !weighted.isEmpty else { return }
        var weights = weighted
        if weights.allSatisfy({ $0.weight == 0 }) { weights = weights.map { ($0.index, 1) } }
        let totalWeight = weights.reduce(0) { $0 + min($1.weight, 1 << 20) }
        var given = 0
        for (i, w) in weights {
            let share = amount * min(w, 1 << 20) / totalWeight
            sizes[i] += share
            given += share
        }
        var rest = amount - given
        var k = 0
        while rest > 0 {
            let (i, w) = weights[k % weights.count]
            if w > 0 {
                sizes[i] += 1
                rest -= 1
            }
            k += 1
        }
    }
}
